/**
 * Calendar days. A day is a local calendar date written `YYYY-MM-DD`, shifted by the hour at which
 * the user's day starts, so 01:30 with a 04:00 day start still belongs to the evening before.
 * Arithmetic works on calendar dates, never on milliseconds, so DST changes and travel cannot
 * skip or repeat a day.
 */

export type Day = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
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
  return typeof value === 'string' && DAY_PATTERN.test(value) && toDayNumber(value) !== undefined;
}

/**
 * Days since 1970-01-01: a plain counter for calendar dates, independent of any time zone. Pure
 * integer arithmetic (H. Hinnant's days_from_civil), because streaks convert thousands of days and
 * going through Date objects made that the slowest part of a page's start.
 */
export function toDayNumber(day: Day): number | undefined {
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-') return undefined;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return undefined;
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number (H. Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): Day {
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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
