import { type Day, fromDayNumber, isDay, toDayNumber } from './dates.ts';

/**
 * How many answers one device revealed on each day. Each device keeps its own log, and the logs of
 * all devices are merged on read, so two devices never overwrite each other's days.
 */
export type DayCounts = ReadonlyMap<Day, number>;

/**
 * A log as stored in storage.sync: the first day, then one character a day from a 64-letter alphabet
 * holding that day's count (capped at 63). Ten years of daily use fit in about 3.7 KB, under the
 * 8 KB a sync item may hold.
 */
export interface EncodedActivityLog {
  v: 1;
  start: Day;
  counts: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const MAX_COUNT_PER_DAY = ALPHABET.length - 1;

export function encodeActivityLog(counts: DayCounts): EncodedActivityLog | undefined {
  const dayNumbers = [...counts.entries()]
    .filter(([, count]) => count > 0)
    .map(([day]) => toDayNumber(day))
    .filter((dayNumber): dayNumber is number => dayNumber !== undefined);
  if (dayNumbers.length === 0) return undefined;
  const first = Math.min(...dayNumbers);
  const last = Math.max(...dayNumbers);
  let encoded = '';
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    const count = counts.get(fromDayNumber(dayNumber)) ?? 0;
    encoded += ALPHABET[Math.min(MAX_COUNT_PER_DAY, Math.max(0, Math.floor(count)))];
  }
  return { v: 1, start: fromDayNumber(first), counts: encoded };
}

/** Reads a stored log. Anything malformed yields `undefined`, never an exception. */
export function decodeActivityLog(stored: unknown): Map<Day, number> | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { v, start, counts } = stored as Partial<EncodedActivityLog>;
  if (v !== 1 || !isDay(start) || typeof counts !== 'string') return undefined;
  const startNumber = toDayNumber(start) as number;
  const decoded = new Map<Day, number>();
  for (let offset = 0; offset < counts.length; offset++) {
    const count = ALPHABET.indexOf(counts[offset] as string);
    if (count < 0) return undefined;
    if (count > 0) decoded.set(fromDayNumber(startNumber + offset), count);
  }
  return decoded;
}

/** One device's log plus one more reveal on `day`. */
export function withReveal(counts: DayCounts, day: Day): Map<Day, number> {
  const next = new Map(counts);
  next.set(day, Math.min(MAX_COUNT_PER_DAY, (next.get(day) ?? 0) + 1));
  return next;
}

/** The logs of all devices as one: each device's reveals are its own, so counts add up. */
export function mergeActivityLogs(logs: Iterable<DayCounts>): Map<Day, number> {
  const merged = new Map<Day, number>();
  for (const log of logs) {
    for (const [day, count] of log) merged.set(day, (merged.get(day) ?? 0) + count);
  }
  return merged;
}
