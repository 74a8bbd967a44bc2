import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../../../core/settings.ts';

test('new users start with a 04:00 day start, a goal of one answer, no rest days, the streak shown', () => {
  expect(DEFAULT_SETTINGS).toEqual({ dayStartHour: 4, dailyGoal: 1, restDays: [], hideStreak: false });
});

test.each([
  ['nothing', undefined],
  ['a string', 'dark'],
  ['an array', [1, 2]],
  ['out-of-range values', { dayStartHour: 24, dailyGoal: 0, restDays: [7] }],
  ['wrong types', { dayStartHour: '4', dailyGoal: 1.5, restDays: 'weekends', hideStreak: 'yes' }],
])('falls back to defaults for %s', (_, stored) => {
  expect(sanitiseSettings(stored)).toEqual(DEFAULT_SETTINGS);
});

test('keeps each valid field even when others are broken, and ignores unknown keys', () => {
  expect(sanitiseSettings({ dayStartHour: 0, dailyGoal: 'many', restDays: [6, 0, 6], fromTheFuture: true })).toEqual({
    ...DEFAULT_SETTINGS,
    dayStartHour: 0,
    restDays: [0, 6],
  });
});
