import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../../core/dates.ts';
import { type StreakRules, summariseStreak } from '../../../core/streak.ts';
import { referenceStreak } from './streakReference.ts';

const DAILY: StreakRules = { dailyGoal: 1, restDays: [] };
const counts = (...days: string[]) => new Map(days.map((day) => [day, 1]));
/** `length` consecutive days ending on `last`. */
const run = (last: string, length: number) => Array.from({ length }, (_, index) => addDays(last, index - length + 1));

describe('the current streak', () => {
  test('is zero with no activity', () => {
    expect(summariseStreak(new Map(), '2026-11-27', DAILY)).toMatchObject({
      current: 0,
      todayDone: false,
      atRisk: false,
    });
  });

  test('counts consecutive active days ending today', () => {
    expect(summariseStreak(counts(...run('2026-11-27', 3)), '2026-11-27', DAILY)).toMatchObject({
      current: 3,
      todayDone: true,
      atRisk: false,
    });
  });

  test('lives on, at risk, while today is not done yet', () => {
    expect(summariseStreak(counts(...run('2026-11-26', 2)), '2026-11-27', DAILY)).toMatchObject({
      current: 2,
      todayDone: false,
      atRisk: true,
    });
  });

  test('breaks after a whole missed day with no freeze banked', () => {
    expect(summariseStreak(counts(...run('2026-11-25', 2)), '2026-11-27', DAILY).current).toBe(0);
  });

  test('counts a day only when the daily goal is met', () => {
    const history = new Map([
      ['2026-11-26', 3],
      ['2026-11-27', 2],
    ]);
    expect(summariseStreak(history, '2026-11-27', { dailyGoal: 3, restDays: [] })).toMatchObject({
      current: 1,
      todayDone: false,
      atRisk: true,
    });
    expect(summariseStreak(history, '2026-11-27', { dailyGoal: 2, restDays: [] }).current).toBe(2);
  });

  test('ignores days after today: kept, but not counted until they arrive', () => {
    const history = counts('2026-11-26', '2026-11-27', '2026-11-28', '2026-12-25');
    expect(summariseStreak(history, '2026-11-27', DAILY)).toMatchObject({ current: 2, longest: 2, totalActiveDays: 2 });
    expect(summariseStreak(history, '2026-11-28', DAILY).current).toBe(3);
  });

  test('survives the clock jumping back a day', () => {
    const history = counts(...run('2026-11-27', 5));
    expect(summariseStreak(history, '2026-11-26', DAILY)).toMatchObject({ current: 4, todayDone: true });
  });
});

describe('rest days', () => {
  // 2026-11-28 and 29 are a Saturday and a Sunday.
  const weekends: StreakRules = { dailyGoal: 1, restDays: [0, 6] };

  test('never break a streak', () => {
    const history = counts('2026-11-26', '2026-11-27', '2026-11-30');
    expect(summariseStreak(history, '2026-11-30', weekends).current).toBe(3);
    expect(summariseStreak(history, '2026-11-30', DAILY).current).toBe(1);
  });

  test('still count when practised', () => {
    expect(summariseStreak(counts('2026-11-27', '2026-11-28'), '2026-11-28', weekends).current).toBe(2);
  });

  test('are not at risk', () => {
    expect(summariseStreak(counts('2026-11-27'), '2026-11-28', weekends)).toMatchObject({ current: 1, atRisk: false });
  });
});

describe('freezes', () => {
  test('one is earned every 7 active days, at most 2 banked', () => {
    expect(summariseStreak(counts(...run('2026-11-27', 6)), '2026-11-27', DAILY).freezesBanked).toBe(0);
    expect(summariseStreak(counts(...run('2026-11-27', 7)), '2026-11-27', DAILY).freezesBanked).toBe(1);
    expect(summariseStreak(counts(...run('2026-11-27', 14)), '2026-11-27', DAILY).freezesBanked).toBe(2);
    expect(summariseStreak(counts(...run('2026-11-27', 40)), '2026-11-27', DAILY).freezesBanked).toBe(2);
  });

  test('bridge a missed day automatically', () => {
    const history = counts(...run('2026-11-20', 7), '2026-11-22');
    expect(summariseStreak(history, '2026-11-22', DAILY)).toMatchObject({
      current: 8,
      freezesBanked: 0,
      frozenDays: ['2026-11-21'],
    });
  });

  test('bridge a gap only when there is one for every missed day', () => {
    const twoBanked = counts(...run('2026-11-14', 14));
    expect(summariseStreak(new Map([...twoBanked, ['2026-11-17', 1]]), '2026-11-17', DAILY)).toMatchObject({
      current: 15,
      freezesBanked: 0,
    });
    const afterThreeMissed = summariseStreak(new Map([...twoBanked, ['2026-11-18', 1]]), '2026-11-18', DAILY);
    expect(afterThreeMissed).toMatchObject({ current: 1, freezesBanked: 2, longest: 14 });
  });

  test('hold a streak at risk over a missed yesterday', () => {
    expect(summariseStreak(counts(...run('2026-11-25', 7)), '2026-11-27', DAILY)).toMatchObject({
      current: 7,
      atRisk: true,
      freezesBanked: 0,
      frozenDays: ['2026-11-26'],
    });
  });
});

describe('against the reference model', () => {
  const dayInAutumn = fc.integer({ min: 0, max: 120 }).map((offset) => addDays('2026-08-01', offset));
  const history = fc
    .array(fc.tuple(dayInAutumn, fc.integer({ min: 1, max: 5 })), { maxLength: 110 })
    .map((entries) => new Map(entries));
  const rules = fc.record({
    dailyGoal: fc.integer({ min: 1, max: 4 }),
    restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
  });

  test('agrees on random histories, goals, rest days and todays', () => {
    fc.assert(
      fc.property(history, dayInAutumn, rules, (dayCounts, today, streakRules) => {
        expect(summariseStreak(dayCounts, today, streakRules)).toEqual(referenceStreak(dayCounts, today, streakRules));
      }),
      { numRuns: 500 },
    );
  });

  test('freezes only ever help, and never exceed the bank', () => {
    fc.assert(
      fc.property(history, dayInAutumn, (dayCounts, today) => {
        const summary = summariseStreak(dayCounts, today, DAILY);
        expect(summary.freezesBanked).toBeGreaterThanOrEqual(0);
        expect(summary.freezesBanked).toBeLessThanOrEqual(2);
        expect(summary.longest).toBeGreaterThanOrEqual(summary.current);
        expect(summary.current).toBeLessThanOrEqual(summary.totalActiveDays);
        for (const frozen of summary.frozenDays) {
          expect(dayCounts.get(frozen) ?? 0).toBe(0);
          expect(frozen < today).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('one more active day never lowers the longest streak or the total', () => {
    fc.assert(
      fc.property(history, dayInAutumn, dayInAutumn, (dayCounts, extra, today) => {
        const before = summariseStreak(dayCounts, today, DAILY);
        const after = summariseStreak(new Map([...dayCounts, [extra, 1]]), today, DAILY);
        expect(after.longest).toBeGreaterThanOrEqual(before.longest);
        expect(after.totalActiveDays).toBeGreaterThanOrEqual(before.totalActiveDays);
      }),
      { numRuns: 300 },
    );
  });
});
