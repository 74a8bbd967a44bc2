import { describe, expect, test } from 'vitest';
import {
  decodeActivityLog,
  encodeActivityLog,
  MAX_COUNT_PER_DAY,
  mergeActivityLogs,
  withReveal,
} from '../../../core/activityLog.ts';
import { addDays } from '../../../core/dates.ts';

describe('activity log encoding', () => {
  test('round-trips', () => {
    const log = new Map([
      ['2026-11-20', 1],
      ['2026-11-22', 5],
      ['2026-11-27', 63],
    ]);
    expect(decodeActivityLog(encodeActivityLog(log))).toEqual(log);
  });

  test('stores nothing for an empty log', () => {
    expect(encodeActivityLog(new Map())).toBeUndefined();
  });

  test('keeps ten years of daily activity well under the 8 KB sync item limit', () => {
    const log = new Map<string, number>();
    for (let day = 0; day < 3653; day++) log.set(addDays('2026-01-01', day), (day % 7) + 1);
    const bytes = JSON.stringify({ 'activity.0123456789ab': encodeActivityLog(log) }).length;
    expect(bytes).toBeLessThan(4_000);
    expect(decodeActivityLog(encodeActivityLog(log))).toEqual(log);
  });

  test.each([
    ['null', null],
    ['a string', 'AAAB'],
    ['a newer version', { v: 2, start: '2026-01-01', counts: 'B' }],
    ['a bad start day', { v: 1, start: '2026-13-01', counts: 'B' }],
    ['counts that are not a string', { v: 1, start: '2026-01-01', counts: [1] }],
    ['a character outside the alphabet', { v: 1, start: '2026-01-01', counts: 'B!' }],
  ])('reads %s as no log, without throwing', (_, stored) => {
    expect(decodeActivityLog(stored)).toBeUndefined();
  });
});

describe('withReveal', () => {
  test('adds one to the day, capped at the largest storable count', () => {
    expect(withReveal(new Map(), '2026-11-27').get('2026-11-27')).toBe(1);
    expect(withReveal(new Map([['2026-11-27', MAX_COUNT_PER_DAY]]), '2026-11-27').get('2026-11-27')).toBe(
      MAX_COUNT_PER_DAY,
    );
  });
});

test('merging adds each device’s reveals and keeps every day', () => {
  const laptop = new Map([
    ['2026-11-25', 1],
    ['2026-11-26', 2],
  ]);
  const desktop = new Map([
    ['2026-11-26', 1],
    ['2026-11-27', 1],
  ]);
  expect(mergeActivityLogs([laptop, desktop])).toEqual(
    new Map([
      ['2026-11-25', 1],
      ['2026-11-26', 3],
      ['2026-11-27', 1],
    ]),
  );
});
