import { expect, test } from 'vitest';
import { snoozeEnd } from '../../../core/snooze.ts';

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
