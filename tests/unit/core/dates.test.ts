import { describe, expect, test } from 'vitest';
import { addDays, dayOf, isDay } from '../../../core/dates.ts';

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
  expect(isDay('2026-02-30')).toBe(false);
  expect(isDay('2026-2-3')).toBe(false);
  expect(isDay(20260203)).toBe(false);
});
