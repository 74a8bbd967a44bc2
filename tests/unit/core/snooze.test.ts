import { expect, test } from 'vitest';
import { isSnoozed, snoozeEnd } from '../../../core/snooze.ts';

const now = Date.parse('2026-11-27T15:10:00Z');

test('snoozes for an hour, for eight hours, or until the next day starts', () => {
  expect(snoozeEnd('1h', now, 'UTC', 4)).toBe(Date.parse('2026-11-27T16:10:00Z'));
  expect(snoozeEnd('8h', now, 'UTC', 4)).toBe(Date.parse('2026-11-27T23:10:00Z'));
  expect(snoozeEnd('today', now, 'UTC', 4)).toBe(Date.parse('2026-11-28T04:00:00Z'));
  expect(snoozeEnd('today', now, 'Asia/Tokyo', 0)).toBe(Date.parse('2026-11-27T15:00:00Z') + 86_400_000);
});

test('"rest of today" after midnight but before the day start ends at the day start', () => {
  expect(snoozeEnd('today', Date.parse('2026-11-28T01:30:00Z'), 'UTC', 4)).toBe(Date.parse('2026-11-28T04:00:00Z'));
});

test('a snooze holds until its end, and one ending further off than any choice reaches is no snooze', () => {
  const longestChoice = snoozeEnd('today', now, 'UTC', 23);
  expect(isSnoozed(longestChoice, now)).toBe(true);
  expect(isSnoozed(longestChoice, longestChoice)).toBe(false);
  expect(isSnoozed(0, now)).toBe(false);
  // Set while the clock read 2030, say: honouring it would hide Backtab for years.
  expect(isSnoozed(Date.parse('2030-01-01T00:00:00Z'), now)).toBe(false);
  expect(isSnoozed(now + 2 * 86_400_000 + 1, now)).toBe(false);
});
