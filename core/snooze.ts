import { nextDayStart } from './dates.ts';

export const SNOOZE_OPTIONS = ['1h', '8h', 'today'] as const;
export type SnoozeOption = (typeof SNOOZE_OPTIONS)[number];

export const SNOOZE_LABELS: Record<SnoozeOption, string> = {
  '1h': '1 hour',
  '8h': '8 hours',
  today: 'Rest of today',
};

/**
 * The longest snooze anyone can choose is "rest of today", at most a day and an hour (a DST day). An
 * end further off was set while the clock was wrong, or by hand: honouring it would hide Backtab for
 * years, with no way back from a new tab. Two days leaves room for any day start.
 */
const LONGEST_SNOOZE_MS = 2 * 86_400_000;

/** Whether new tabs are snoozed at `now`. */
export function isSnoozed(snoozeUntil: number, now: number): boolean {
  return snoozeUntil > now && snoozeUntil - now <= LONGEST_SNOOZE_MS;
}

/** When a snooze chosen at `now` ends: an hour on, eight hours on, or at the start of the next day. */
export function snoozeEnd(option: SnoozeOption, now: number, timeZone: string, dayStartHour: number): number {
  if (option === '1h') return now + 3_600_000;
  if (option === '8h') return now + 8 * 3_600_000;
  return nextDayStart(now, timeZone, dayStartHour);
}
