import { type Day, fromDayNumber, isDay, toDayNumber } from './dates.ts';

/**
 * How many answers one device revealed on each day. Each device keeps its own log, and the logs of
 * all devices are merged on read, so two devices never overwrite each other's days.
 */
export type DayCounts = ReadonlyMap<Day, number>;

/**
 * A log as stored: the first day, then the days from there to the last one, each day's count one
 * character of a 64-letter alphabet (capped at 63).
 *
 * - v: 1 writes every day, empty ones as `A`: ten years of daily use take about 3.7 KB.
 * - v: 2 may also write a run of empty days as `.<how many>.`, so one reveal made while the clock
 *   was 22 years wrong costs six characters (`.8358.`) instead of the 8,358 that broke the 8 KB sync item.
 *
 * v: 1 is written unless a gap is longer than LONG_GAP_DAYS (or, for a copy limited in length,
 * unless only v: 2 fits it), because versions before v: 2 read only v: 1 and skip any other log.
 */
export interface EncodedActivityLog {
  v: 1 | 2;
  start: Day;
  counts: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const MAX_COUNT_PER_DAY = ALPHABET.length - 1;
/** Opens and closes a run of empty days in v: 2; outside the alphabet, and needs no JSON escape. */
const RUN_MARK = '.';
const RUN_LENGTH = /^[1-9][0-9]*$/;
/**
 * A gap longer than a year is a wrong clock, an odd backup or a long absence: only then is the
 * compact format worth what it costs, an older version not reading this device's days. Below it,
 * the plain format spends at most a few hundred bytes on empty days.
 */
export const LONG_GAP_DAYS = 366;
/** A Day has four digits of year, so nothing decodes past the last day they can write. */
const LAST_DAY_NUMBER = toDayNumber('9999-12-31') as number;

interface ActiveDay {
  number: number;
  count: number;
}

/** The characters a run of `emptyDays` takes in v: 2: whichever is shorter, runs or empty days. */
function compactGapLength(emptyDays: number): number {
  if (emptyDays === 0) return 0;
  return Math.min(emptyDays, String(emptyDays).length + 2);
}

function countCharacter(count: number): string {
  return ALPHABET[Math.min(MAX_COUNT_PER_DAY, Math.floor(count))] as string;
}

/**
 * Encodes a device's log. With `maxLength`, only the most recent days whose encoding fits in that
 * many characters, for a copy that must fit somewhere small; the days left out are the oldest.
 * `undefined` when there is nothing to store (or not even one day fits).
 */
export function encodeActivityLog(
  counts: DayCounts,
  maxLength = Number.POSITIVE_INFINITY,
): EncodedActivityLog | undefined {
  const days: ActiveDay[] = [];
  for (const [day, count] of counts) {
    const number = count >= 1 ? toDayNumber(day) : undefined;
    if (number !== undefined) days.push({ number, count });
  }
  days.sort((a, b) => a.number - b.number);

  // From the newest day back, keep each older day while the compact encoding still fits.
  let first = days.length;
  let compactLength = 0;
  while (first > 0) {
    const older = days[first - 1] as ActiveDay;
    const newer = days[first];
    const cost = 1 + (newer ? compactGapLength(newer.number - older.number - 1) : 0);
    if (compactLength + cost > maxLength) break;
    compactLength += cost;
    first--;
  }
  const kept = days.slice(first);
  const oldest = kept[0];
  const newest = kept.at(-1);
  if (!oldest || !newest) return undefined;

  const gaps = kept.map((day, index) => day.number - (kept[index - 1]?.number ?? day.number - 1) - 1);
  const hasLongGap = gaps.some((emptyDays) => emptyDays > LONG_GAP_DAYS);
  const plain = !hasLongGap && newest.number - oldest.number + 1 <= maxLength;
  let encoded = '';
  for (const [index, { count }] of kept.entries()) {
    const emptyDays = gaps[index] ?? 0;
    if (plain || compactGapLength(emptyDays) === emptyDays) encoded += 'A'.repeat(emptyDays);
    else encoded += `${RUN_MARK}${emptyDays}${RUN_MARK}`;
    encoded += countCharacter(count);
  }
  return { v: plain ? 1 : 2, start: fromDayNumber(oldest.number), counts: encoded };
}

/** Reads a stored log of either version. Anything malformed yields `undefined`, never an exception. */
export function decodeActivityLog(stored: unknown): Map<Day, number> | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { v, start, counts } = stored as Partial<EncodedActivityLog>;
  if ((v !== 1 && v !== 2) || !isDay(start) || typeof counts !== 'string') return undefined;
  const decoded = new Map<Day, number>();
  let dayNumber = toDayNumber(start) as number;
  let position = 0;
  while (position < counts.length) {
    const character = counts[position] as string;
    if (character === RUN_MARK && v === 2) {
      const end = counts.indexOf(RUN_MARK, position + 1);
      const runLength = end < 0 ? '' : counts.slice(position + 1, end);
      // A run's length is checked before it is a number, so no text can make the loop spin on it.
      if (!RUN_LENGTH.test(runLength)) return undefined;
      dayNumber += Number(runLength);
      position = end + 1;
      continue;
    }
    const count = ALPHABET.indexOf(character);
    if (count < 0 || dayNumber > LAST_DAY_NUMBER) return undefined;
    if (count > 0) decoded.set(fromDayNumber(dayNumber), count);
    dayNumber++;
    position++;
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
