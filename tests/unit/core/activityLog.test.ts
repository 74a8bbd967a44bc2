import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type DayCounts,
  decodeActivityLog,
  encodeActivityLog,
  LONG_GAP_DAYS,
  MAX_COUNT_PER_DAY,
  mergeActivityLogs,
  withReveal,
} from '../../../core/activityLog.ts';
import { addDays, fromDayNumber, isDay, toDayNumber } from '../../../core/dates.ts';

/** A sync item's size as the browsers count it: the key plus the value's JSON. */
const itemBytes = (value: unknown) => JSON.stringify({ 'activity.0123456789ab': value }).length;

/** The six days of the QA report, then one reveal with the clock at 2004-01-01, then the next day. */
function logWithAStrayDayTwentyTwoYearsBack(): Map<string, number> {
  const log = new Map<string, number>();
  for (let day = 0; day < 7; day++) log.set(addDays('2026-11-20', day), 1);
  log.set('2004-01-01', 1);
  return log;
}

function dailyLog(first: string, days: number): Map<string, number> {
  const log = new Map<string, number>();
  for (let day = 0; day < days; day++) log.set(addDays(first, day), (day % 7) + 1);
  return log;
}

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

  test('keeps ten years of daily activity well under the 8 KB sync item limit, in the plain format', () => {
    const log = dailyLog('2026-01-01', 3653);
    const encoded = encodeActivityLog(log);
    expect(encoded?.v).toBe(1);
    expect(itemBytes(encoded)).toBeLessThan(4_000);
    expect(decodeActivityLog(encoded)).toEqual(log);
  });

  test('a stray day 22 years back costs a few characters, not one per day in between', () => {
    const log = logWithAStrayDayTwentyTwoYearsBack();
    const encoded = encodeActivityLog(log);
    expect(encoded).toEqual({ v: 2, start: '2004-01-01', counts: 'B.8358.BBBBBBB' });
    expect(itemBytes(encoded)).toBeLessThan(100);
    expect(decodeActivityLog(encoded)).toEqual(log);
  });

  test('a stray day in 2099 or in year 1 costs a few characters too', () => {
    const log = new Map([
      ['0001-01-01', 2],
      ['2026-11-20', 1],
      ['2099-12-31', 3],
    ]);
    const encoded = encodeActivityLog(log);
    expect(encoded?.v).toBe(2);
    expect(itemBytes(encoded)).toBeLessThan(100);
    expect(decodeActivityLog(encoded)).toEqual(log);
  });

  test('writes the plain format an older version reads while no gap is longer than a year', () => {
    const log = new Map([
      ['2025-11-20', 1],
      [addDays('2025-11-20', LONG_GAP_DAYS + 1), 2],
    ]);
    expect(encodeActivityLog(log)).toEqual({ v: 1, start: '2025-11-20', counts: `B${'A'.repeat(LONG_GAP_DAYS)}C` });
    log.set(addDays('2025-11-20', LONG_GAP_DAYS + 3), 1);
    expect(encodeActivityLog(log)?.v).toBe(1);
    const withALongGap = new Map([
      ['2025-11-20', 1],
      [addDays('2025-11-20', LONG_GAP_DAYS + 2), 2],
    ]);
    expect(encodeActivityLog(withALongGap)).toEqual({ v: 2, start: '2025-11-20', counts: `B.${LONG_GAP_DAYS + 1}.C` });
  });

  test('reads both formats as written by earlier versions', () => {
    expect(decodeActivityLog({ v: 1, start: '2026-11-26', counts: 'BAD' })).toEqual(
      new Map([
        ['2026-11-26', 1],
        ['2026-11-28', 3],
      ]),
    );
    expect(decodeActivityLog({ v: 2, start: '2026-11-26', counts: 'B.3.D.1.AE' })).toEqual(
      new Map([
        ['2026-11-26', 1],
        ['2026-11-30', 3],
        ['2026-12-03', 4],
      ]),
    );
  });

  test.each([
    ['null', null],
    ['a string', 'AAAB'],
    ['a newer version', { v: 3, start: '2026-01-01', counts: 'B' }],
    ['a bad start day', { v: 1, start: '2026-13-01', counts: 'B' }],
    ['counts that are not a string', { v: 1, start: '2026-01-01', counts: [1] }],
    ['a character outside the alphabet', { v: 1, start: '2026-01-01', counts: 'B!' }],
    ['a run of empty days in the plain format', { v: 1, start: '2026-01-01', counts: 'B.5.B' }],
    ['a run that never ends', { v: 2, start: '2026-01-01', counts: 'B.5' }],
    ['a run with no length', { v: 2, start: '2026-01-01', counts: 'B..B' }],
    ['a run of no days', { v: 2, start: '2026-01-01', counts: 'B.0.B' }],
    ['a run length with a leading zero', { v: 2, start: '2026-01-01', counts: 'B.05.B' }],
    ['a run length that is not a number', { v: 2, start: '2026-01-01', counts: 'B.5B.B' }],
    ['a run length too large to be a number', { v: 2, start: '2026-01-01', counts: `B.${'9'.repeat(400)}.B` }],
    ['a day past the year 9999', { v: 2, start: '9999-12-30', counts: 'BAB' }],
    ['a run past the year 9999', { v: 2, start: '2026-01-01', counts: 'B.3000000.B' }],
    ['plain counts past the year 9999', { v: 1, start: '9999-12-31', counts: 'BB' }],
  ])('reads %s as no log, without throwing', (_, stored) => {
    expect(decodeActivityLog(stored)).toBeUndefined();
  });

  test('skips what is not a day or not a count when encoding', () => {
    const log = new Map([
      ['2026-11-27', 2],
      ['yesterday', 1],
      ['2026-02-30', 1],
      ['2026-11-26', 0],
      ['2026-11-25', -1],
      ['2026-11-24', Number.NaN],
      ['2026-11-28', 1_000],
    ]);
    expect(decodeActivityLog(encodeActivityLog(log))).toEqual(
      new Map([
        ['2026-11-27', 2],
        ['2026-11-28', MAX_COUNT_PER_DAY],
      ]),
    );
  });
});

describe('a log longer than the room it is given', () => {
  test('keeps the most recent days that fit', () => {
    const log = dailyLog('2000-01-01', 25 * 365);
    const encoded = encodeActivityLog(log, 8_000);
    expect(encoded?.counts.length).toBe(8_000);
    const newest = [...log].slice(-8_000);
    expect(decodeActivityLog(encoded)).toEqual(new Map(newest));
  });

  test('gives everything when it all fits', () => {
    const log = logWithAStrayDayTwentyTwoYearsBack();
    expect(encodeActivityLog(log, 14)).toEqual(encodeActivityLog(log));
    expect(decodeActivityLog(encodeActivityLog(log, 13))).toEqual(
      new Map([...log].filter(([day]) => day !== '2004-01-01')),
    );
  });

  test('writes the plain format for the kept days when it fits them', () => {
    const log = logWithAStrayDayTwentyTwoYearsBack();
    expect(encodeActivityLog(log, 10)).toEqual({ v: 1, start: '2026-11-20', counts: 'BBBBBBB' });
  });

  test('copes with every day of eight centuries, as a hand-made backup may hold', () => {
    const first = toDayNumber('1500-01-01') as number;
    const log = new Map<string, number>();
    for (let day = 0; day < 800 * 365; day++) log.set(fromDayNumber(first + day), 1);
    expect(decodeActivityLog(encodeActivityLog(log))?.size).toBe(log.size);
    expect(decodeActivityLog(encodeActivityLog(log, 8_000))?.size).toBe(8_000);
  });

  test('stores nothing when not even one day fits', () => {
    expect(encodeActivityLog(new Map([['2026-11-27', 1]]), 0)).toBeUndefined();
  });
});

describe('properties', () => {
  const first = toDayNumber('1900-01-01') as number;
  const last = toDayNumber('2200-12-31') as number;
  /** Clusters of days with gaps of every size, from none to centuries. */
  const dayNumber = fc.oneof(
    fc.integer({ min: first, max: last }),
    fc.integer({ min: first, max: first + 60 }),
    fc.integer({ min: toDayNumber('2026-01-01') as number, max: toDayNumber('2026-12-31') as number }),
    fc.constantFrom(toDayNumber('0000-01-01') as number, toDayNumber('9999-12-31') as number),
  );
  const log = fc
    .array(fc.tuple(dayNumber, fc.integer({ min: 1, max: MAX_COUNT_PER_DAY })), { maxLength: 200 })
    .map((entries): DayCounts => new Map(entries.map(([number, count]) => [fromDayNumber(number), count])));

  const plainLength = (counts: DayCounts) => {
    const numbers = [...counts.keys()].map((day) => toDayNumber(day) as number);
    return numbers.length === 0 ? 0 : Math.max(...numbers) - Math.min(...numbers) + 1;
  };
  const longestGap = (counts: DayCounts) => {
    const numbers = [...counts.keys()].map((day) => toDayNumber(day) as number).sort((a, b) => a - b);
    return Math.max(0, ...numbers.slice(1).map((number, index) => number - (numbers[index] as number) - 1));
  };

  test('every log round-trips, never longer than the plain format, plain unless a gap is long', () => {
    fc.assert(
      fc.property(log, (counts) => {
        const encoded = encodeActivityLog(counts);
        expect(decodeActivityLog(encoded) ?? new Map()).toEqual(counts);
        if (!encoded) return;
        expect(encoded.counts.length).toBeLessThanOrEqual(plainLength(counts));
        expect(encoded.v).toBe(longestGap(counts) > LONG_GAP_DAYS ? 2 : 1);
      }),
      { numRuns: 1_000 },
    );
  });

  test('a limited encoding holds the most recent days, as many as fit', () => {
    fc.assert(
      fc.property(log, fc.integer({ min: 0, max: 400 }), (counts, maxLength) => {
        const encoded = encodeActivityLog(counts, maxLength);
        const kept = decodeActivityLog(encoded) ?? new Map<string, number>();
        expect(encoded?.counts.length ?? 0).toBeLessThanOrEqual(maxLength);
        const newestFirst = [...counts.keys()].sort().reverse();
        // The kept days are the newest ones, with their counts...
        expect([...kept.keys()].sort().reverse()).toEqual(newestFirst.slice(0, kept.size));
        for (const [day, count] of kept) expect(counts.get(day)).toBe(count);
        // ...and one more would not have fitted.
        const oneMore = newestFirst.slice(0, kept.size + 1);
        if (oneMore.length > kept.size) {
          const bigger = encodeActivityLog(new Map(oneMore.map((day) => [day, counts.get(day) ?? 0])));
          expect(bigger?.counts.length ?? 0).toBeGreaterThan(maxLength);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  test('decoding anything yields a log of real days and storable counts, or undefined, never an exception', () => {
    const countsText = fc
      .array(fc.constantFrom(...'ABCDa_9.0123456789!'.split('')), { maxLength: 40 })
      .map((characters) => characters.join(''));
    const stored = fc.oneof(
      fc.anything(),
      fc.record({
        v: fc.constantFrom(1, 2, 3, '1'),
        start: fc.oneof(dayNumber.map(fromDayNumber), fc.string()),
        counts: fc.oneof(countsText, fc.anything()),
      }),
    );
    fc.assert(
      fc.property(stored, (value) => {
        const decoded = decodeActivityLog(value);
        if (decoded === undefined) return;
        for (const [day, count] of decoded) {
          expect(isDay(day)).toBe(true);
          expect(Number.isInteger(count) && count >= 1 && count <= MAX_COUNT_PER_DAY).toBe(true);
        }
      }),
      { numRuns: 5_000 },
    );
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
