import { describe, expect, test } from 'vitest';
import { streakStatus } from '../../../core/streak.ts';

const counts = (...days: string[]) => new Map(days.map((day) => [day, 1]));

describe('streakStatus', () => {
  test('is zero with no activity', () => {
    expect(streakStatus(new Map(), '2026-11-27')).toEqual({ current: 0, todayDone: false, atRisk: false });
  });

  test('counts consecutive active days ending today', () => {
    expect(streakStatus(counts('2026-11-25', '2026-11-26', '2026-11-27'), '2026-11-27')).toEqual({
      current: 3,
      todayDone: true,
      atRisk: false,
    });
  });

  test('keeps a streak that ended yesterday, at risk, until today is over', () => {
    expect(streakStatus(counts('2026-11-25', '2026-11-26'), '2026-11-27')).toEqual({
      current: 2,
      todayDone: false,
      atRisk: true,
    });
  });

  test('breaks after a whole missed day', () => {
    expect(streakStatus(counts('2026-11-24', '2026-11-25'), '2026-11-27').current).toBe(0);
  });

  test('stops at the first gap', () => {
    expect(streakStatus(counts('2026-11-20', '2026-11-22', '2026-11-23'), '2026-11-23').current).toBe(2);
  });

  test('counts a day only when the daily goal is met', () => {
    const history = new Map([
      ['2026-11-26', 3],
      ['2026-11-27', 2],
    ]);
    expect(streakStatus(history, '2026-11-27', 3)).toEqual({ current: 1, todayDone: false, atRisk: true });
    expect(streakStatus(history, '2026-11-27', 2).current).toBe(2);
  });

  test('runs across month and year ends', () => {
    expect(streakStatus(counts('2025-12-31', '2026-01-01'), '2026-01-01').current).toBe(2);
  });
});
