import { addDays, type Day } from './dates.ts';

export interface StreakStatus {
  /** Consecutive active days ending today, or ending yesterday while today is not active yet. */
  current: number;
  /** Today already counts. */
  todayDone: boolean;
  /** The streak ended yesterday: it lives on if today becomes active. */
  atRisk: boolean;
}

/**
 * The streak derived from the merged record of days: nothing about it is stored. A day is active
 * when its count reaches `dailyGoal`.
 */
export function streakStatus(dayCounts: ReadonlyMap<Day, number>, today: Day, dailyGoal = 1): StreakStatus {
  const isActive = (day: Day) => (dayCounts.get(day) ?? 0) >= dailyGoal;
  const todayDone = isActive(today);
  let day = todayDone ? today : addDays(today, -1);
  let current = 0;
  while (isActive(day)) {
    current++;
    day = addDays(day, -1);
  }
  return { current, todayDone, atRisk: !todayDone && current > 0 };
}
