import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../../../core/settings.ts';

test.each([
  ['nothing', undefined],
  ['a string', 'dark'],
  ['out-of-range values', { dayStartHour: 24, dailyGoal: 0 }],
  ['wrong types', { dayStartHour: '4', dailyGoal: 1.5 }],
])('falls back to defaults for %s', (_, stored) => {
  expect(sanitiseSettings(stored)).toEqual(DEFAULT_SETTINGS);
});

test('keeps valid values and ignores unknown keys', () => {
  expect(sanitiseSettings({ dayStartHour: 0, dailyGoal: 20, fromTheFuture: true })).toEqual({
    dayStartHour: 0,
    dailyGoal: 20,
  });
});
