import { type Day, fromDayNumber, toDayNumber } from './dates.ts';

/** One freeze is earned for every this many active days. */
export const ACTIVE_DAYS_PER_FREEZE = 7;
/** Freezes beyond this many are not banked. */
export const MAX_BANKED_FREEZES = 2;

export interface StreakRules {
  /** Answers a day needs to count as active. */
  dailyGoal: number;
  /** Weekdays (0 = Sunday) that never break a streak. */
  restDays: readonly number[];
}

export interface StreakSummary {
  /** Active days in the unbroken run that reaches today (or yesterday, while today is open). */
  current: number;
  /** Today counts already. */
  todayDone: boolean;
  /** The streak lives but today is needed to keep it: not done, and not a rest day. */
  atRisk: boolean;
  longest: number;
  totalActiveDays: number;
  /** Freezes banked now, after any that the current streak has used up. */
  freezesBanked: number;
  /** Missed days that freezes bridged, in every streak so far, oldest first. */
  frozenDays: Day[];
}

/**
 * Everything about the streak, derived from the merged counts per day: nothing of it is stored,
 * so every device that sees the same history agrees, and a freeze can never be spent twice.
 *
 * Rules: a day is active when its count reaches the daily goal. Rest days neither count nor break.
 * Every 7th active day earns a freeze (at most 2 banked). A run of missed days is bridged when the
 * bank holds a freeze for each of them; otherwise the streak ends there and the bank is kept.
 * Today, while not active, is still open and misses nothing. Days after today are ignored until
 * they arrive (a clock that was wrong, or one that jumped back).
 */
export function summariseStreak(dayCounts: ReadonlyMap<Day, number>, today: Day, rules: StreakRules): StreakSummary {
  const todayNumber = toDayNumber(today);
  if (todayNumber === undefined) throw new RangeError(`Not a day: ${today}`);
  const restDays = new Set(rules.restDays);
  const isRestDay = (dayNumber: number) => restDays.has((((dayNumber + 4) % 7) + 7) % 7);

  const activeDayNumbers = new Set<number>();
  for (const [day, count] of dayCounts) {
    const dayNumber = toDayNumber(day);
    if (dayNumber !== undefined && dayNumber <= todayNumber && count >= rules.dailyGoal)
      activeDayNumbers.add(dayNumber);
  }
  const todayDone = activeDayNumbers.has(todayNumber);
  if (activeDayNumbers.size === 0) {
    return { current: 0, todayDone, atRisk: false, longest: 0, totalActiveDays: 0, freezesBanked: 0, frozenDays: [] };
  }

  let current = 0;
  let longest = 0;
  let activeSoFar = 0;
  let freezes = 0;
  const frozenDays: number[] = [];
  let missedInGap: number[] = [];

  /** Ends a gap of missed days: bridged by freezes if the bank covers all of it, else the streak ends. */
  const closeGap = () => {
    if (missedInGap.length === 0) return;
    if (current > 0 && missedInGap.length <= freezes) {
      freezes -= missedInGap.length;
      frozenDays.push(...missedInGap);
    } else {
      current = 0;
    }
    missedInGap = [];
  };

  const first = Math.min(...activeDayNumbers);
  for (let dayNumber = first; dayNumber <= todayNumber; dayNumber++) {
    if (activeDayNumbers.has(dayNumber)) {
      closeGap();
      current++;
      longest = Math.max(longest, current);
      activeSoFar++;
      if (activeSoFar % ACTIVE_DAYS_PER_FREEZE === 0) {
        freezes = Math.min(MAX_BANKED_FREEZES, freezes + 1);
      }
    } else if (dayNumber !== todayNumber && !isRestDay(dayNumber)) {
      missedInGap.push(dayNumber);
    }
  }
  closeGap();

  return {
    current,
    todayDone,
    atRisk: !todayDone && current > 0 && !isRestDay(todayNumber),
    longest,
    totalActiveDays: activeDayNumbers.size,
    freezesBanked: freezes,
    frozenDays: frozenDays.map(fromDayNumber),
  };
}
