import type { StreakRules, StreakSummary } from '../../../core/streak.ts';

/**
 * A deliberately plain model of the streak rules, written from the rule text with string dates and
 * Date objects and no shortcuts, to check core/streak.ts against.
 */
export function referenceStreak(counts: ReadonlyMap<string, number>, today: string, rules: StreakRules): StreakSummary {
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const isActive = (day: string) => (counts.get(day) ?? 0) >= rules.dailyGoal;
  const isRest = (day: string) => rules.restDays.includes(new Date(`${day}T00:00:00Z`).getUTCDay());

  const recorded = [...counts.keys()].filter((day) => day <= today && isActive(day)).sort();
  const todayDone = isActive(today);
  if (recorded.length === 0) {
    return { current: 0, todayDone, atRisk: false, longest: 0, totalActiveDays: 0, freezesBanked: 0, frozenDays: [] };
  }

  let streak = 0;
  let longest = 0;
  let bank = 0;
  let total = 0;
  const frozen: string[] = [];
  let gap: string[] = [];
  const endGap = () => {
    if (gap.length > 0 && streak > 0 && gap.length <= bank) {
      bank -= gap.length;
      frozen.push(...gap);
    } else if (gap.length > 0) {
      streak = 0;
    }
    gap = [];
  };

  for (let day = recorded[0] as string; day <= today; day = nextDay(day)) {
    if (isActive(day)) {
      endGap();
      streak += 1;
      total += 1;
      if (streak > longest) longest = streak;
      if (total % 7 === 0 && bank < 2) bank += 1;
    } else if (day !== today && !isRest(day)) {
      gap.push(day);
    }
  }
  endGap();
  return {
    current: streak,
    todayDone,
    atRisk: !todayDone && streak > 0 && !isRest(today),
    longest,
    totalActiveDays: total,
    freezesBanked: bank,
    frozenDays: frozen,
  };
}
