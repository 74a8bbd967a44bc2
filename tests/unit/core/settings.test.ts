import { expect, test } from 'vitest';
import { LEVELS, TOPICS } from '../../../core/bank.ts';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../../../core/settings.ts';

test('new users get every topic and level, a question per tab, 10 new a day, a 04:00 day start', () => {
  expect(DEFAULT_SETTINGS).toEqual({
    dayStartHour: 4,
    dailyGoal: 1,
    restDays: [],
    hideStreak: false,
    topics: [...TOPICS].sort(),
    includeBank: true,
    levels: [...LEVELS].sort(),
    questionMode: 'every-tab',
    newPerDay: 10,
    theme: 'system',
    snoozeUntil: 0,
    resetAt: 0,
  });
});

test.each([
  ['nothing', undefined],
  ['a string', 'dark'],
  ['an array', [1, 2]],
  ['out-of-range values', { dayStartHour: 24, dailyGoal: 0, restDays: [7], newPerDay: 51, snoozeUntil: -1 }],
  ['wrong types', { dayStartHour: '4', dailyGoal: 1.5, restDays: 'weekends', hideStreak: 'yes', theme: 3 }],
  ['empty or unknown filters', { topics: [], levels: ['expert'] }],
])('falls back to defaults for %s', (_, stored) => {
  expect(sanitiseSettings(stored)).toEqual(DEFAULT_SETTINGS);
});

test('keeps each valid field even when others are broken, and ignores unknown keys', () => {
  expect(
    sanitiseSettings({
      dayStartHour: 0,
      dailyGoal: 'many',
      restDays: [6, 0, 6],
      topics: ['sql', 'http', 'sql'],
      questionMode: 'daily',
      fromTheFuture: true,
    }),
  ).toEqual({ ...DEFAULT_SETTINGS, dayStartHour: 0, restDays: [0, 6], topics: ['http', 'sql'], questionMode: 'daily' });
});

test('times past what a Date holds are refused: formatting them would throw on every page', () => {
  const huge = sanitiseSettings({ snoozeUntil: 1e300, resetAt: 9e15 });
  expect(huge.snoozeUntil).toBe(0);
  expect(huge.resetAt).toBe(0);
  expect(sanitiseSettings({ snoozeUntil: 8_640_000_000_000_000 }).snoozeUntil).toBe(8_640_000_000_000_000);
});
