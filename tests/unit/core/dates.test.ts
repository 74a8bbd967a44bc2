import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, dayOf, fromDayNumber, isDay, nextDayStart, toDayNumber } from '../../../core/dates.ts';

describe('dayOf', () => {
  test('uses the local calendar date of the given time zone', () => {
    const instant = Date.parse('2026-03-10T23:30:00Z');
    expect(dayOf(instant, 'UTC', 0)).toBe('2026-03-10');
    expect(dayOf(instant, 'Asia/Tokyo', 0)).toBe('2026-03-11');
    expect(dayOf(instant, 'America/Los_Angeles', 0)).toBe('2026-03-10');
  });

  test('counts the hours before the day start for the evening before', () => {
    const halfPastOne = Date.parse('2026-06-02T01:30:00Z');
    expect(dayOf(halfPastOne, 'UTC', 4)).toBe('2026-06-01');
    expect(dayOf(halfPastOne, 'UTC', 0)).toBe('2026-06-02');
    expect(dayOf(Date.parse('2026-06-02T04:00:00Z'), 'UTC', 4)).toBe('2026-06-02');
  });

  test('gives every calendar day across a DST change exactly once', () => {
    // Europe/Berlin springs forward on 2026-03-29: that day has 23 hours.
    const days = new Set<string>();
    for (let hour = 0; hour < 24 * 4; hour++) {
      days.add(dayOf(Date.parse('2026-03-27T12:00:00Z') + hour * 3_600_000, 'Europe/Berlin', 4));
    }
    expect([...days]).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
  });
});

describe('addDays', () => {
  test('works on calendar dates across month, year and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  test('refuses what is not a day', () => {
    expect(() => addDays('yesterday', 1)).toThrow(RangeError);
  });
});

test('isDay accepts only real calendar dates', () => {
  expect(isDay('2026-02-28')).toBe(true);
  expect(isDay('2028-02-29')).toBe(true);
  expect(isDay('2026-02-29')).toBe(false);
  expect(isDay('2026-13-01')).toBe(false);
  expect(isDay('2026-04-31')).toBe(false);
  expect(isDay('2026-02-30')).toBe(false);
  expect(isDay('2026-2-3')).toBe(false);
  expect(isDay(20260203)).toBe(false);
});

test('day numbers agree with the calendar of Date for every day from 1900 to 2200', () => {
  const start = Date.UTC(1900, 0, 1) / 86_400_000;
  const end = Date.UTC(2200, 11, 31) / 86_400_000;
  const disagreements: string[] = [];
  for (let dayNumber = start; dayNumber <= end; dayNumber++) {
    const viaDate = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
    if (fromDayNumber(dayNumber) !== viaDate || toDayNumber(viaDate) !== dayNumber) disagreements.push(viaDate);
  }
  expect(disagreements).toEqual([]);
});

describe('across random time zones and DST transitions', () => {
  // Zones with DST both ways, half- and quarter-hour offsets, and a 24-hour jump (Samoa, 2011).
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'America/Sao_Paulo',
    'Australia/Adelaide',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'America/St_Johns',
    'Pacific/Apia',
    'UTC',
  ];
  const instant = fc.integer({ min: Date.UTC(2011, 0, 1), max: Date.UTC(2027, 0, 1) });
  const zone = fc.constantFrom(...zones);
  const startHour = fc.integer({ min: 0, max: 23 });

  /** The day by another route: the wall clock as Intl prints it, then a step back before the day start. */
  function referenceDay(now: number, timeZone: string, dayStartHour: number): string {
    const [date, time] = new Date(now).toLocaleString('sv-SE', { timeZone, hourCycle: 'h23' }).split(' ');
    const hour = Number(time?.slice(0, 2));
    if (hour >= dayStartHour) return date as string;
    return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  }

  test('dayOf agrees with the wall clock', () => {
    fc.assert(
      fc.property(instant, zone, startHour, (now, timeZone, hour) => {
        expect(dayOf(now, timeZone, hour)).toBe(referenceDay(now, timeZone, hour));
      }),
      { numRuns: 2_000 },
    );
  });

  test('the next day start leads to the very next calendar day, never skipping or repeating one', () => {
    fc.assert(
      fc.property(instant, zone, startHour, (now, timeZone, hour) => {
        const today = dayOf(now, timeZone, hour);
        const boundary = nextDayStart(now, timeZone, hour);
        expect(boundary).toBeGreaterThan(now);
        expect(dayOf(boundary - 60_000, timeZone, hour)).toBe(today);
        const next = dayOf(boundary, timeZone, hour);
        // Samoa skipped 30 December 2011 entirely: there the next day is two calendar days on. Unless the
        // day starts after midnight: the first hours of 31 December then still count as the 30th.
        const skippedByLaw = timeZone === 'Pacific/Apia' && today === '2011-12-29' && hour === 0;
        expect(next).toBe(addDays(today, skippedByLaw ? 2 : 1));
      }),
      { numRuns: 1_000 },
    );
  });
});
