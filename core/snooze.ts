import { nextDayStart } from './dates.ts';

export const SNOOZE_OPTIONS = ['1h', '8h', 'today'] as const;
export type SnoozeOption = (typeof SNOOZE_OPTIONS)[number];

export const SNOOZE_LABELS: Record<SnoozeOption, string> = {
  '1h': '1 hour',
  '8h': '8 hours',
  today: 'Rest of today',
};

/** When a snooze chosen at `now` ends: an hour on, eight hours on, or at the start of the next day. */
export function snoozeEnd(option: SnoozeOption, now: number, timeZone: string, dayStartHour: number): number {
  if (option === '1h') return now + 3_600_000;
  if (option === '8h') return now + 8 * 3_600_000;
  return nextDayStart(now, timeZone, dayStartHour);
}
