/**
 * Calendar days. A day is a local calendar date written `YYYY-MM-DD`, shifted by the hour at which
 * the user's day starts, so 01:30 with a 04:00 day start still belongs to the evening before.
 * Arithmetic works on calendar dates, never on milliseconds, so DST changes and travel cannot
 * skip or repeat a day.
 */

export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The day that the instant `now` belongs to, in `timeZone`, for a day that starts at `dayStartHour`. */
export function dayOf(now: number, timeZone: string, dayStartHour: number): Day {
  const parts = formatterFor(timeZone).formatToParts(new Date(now));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  return Number(part('hour')) < dayStartHour ? addDays(date, -1) : date;
}

export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  return toDayNumber(value) !== undefined && fromDayNumber(toDayNumber(value) as number) === value;
}

/** Days since 1970-01-01: a plain counter for calendar dates, independent of any time zone. */
export function toDayNumber(day: Day): number | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : Math.round(time / 86_400_000);
}

export function fromDayNumber(dayNumber: number): Day {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(day: Day, count: number): Day {
  const dayNumber = toDayNumber(day);
  if (dayNumber === undefined) throw new RangeError(`Not a day: ${day}`);
  return fromDayNumber(dayNumber + count);
}

/** 0 = Sunday ... 6 = Saturday, as Date.getDay() numbers them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function weekdayOf(day: Day): Weekday {
  const dayNumber = toDayNumber(day);
  if (dayNumber === undefined) throw new RangeError(`Not a day: ${day}`);
  // 1970-01-01, day number 0, was a Thursday.
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

const QUARTER_HOUR = 15 * 60_000;

/**
 * The first instant after `now` that belongs to the next day. Found by stepping through quarter
 * hours, because offsets and DST changes fall on quarter hours in every time zone in use.
 */
export function nextDayStart(now: number, timeZone: string, dayStartHour: number): number {
  const today = dayOf(now, timeZone, dayStartHour);
  let candidate = Math.floor(now / QUARTER_HOUR) * QUARTER_HOUR + QUARTER_HOUR;
  // A day never lasts more than 26 hours, even across a DST change.
  for (let step = 0; step < 26 * 4 + 1; step++, candidate += QUARTER_HOUR) {
    if (dayOf(candidate, timeZone, dayStartHour) !== today) return candidate;
  }
  throw new RangeError(`No day boundary within 26 hours of ${new Date(now).toISOString()} in ${timeZone}`);
}
