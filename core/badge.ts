import type { Settings } from './settings.ts';
import type { StreakSummary } from './streak.ts';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const DONE_COLOR = '#c2410c';
const AT_RISK_COLOR = '#6b7280';

/** What the toolbar button shows: the streak, coloured by whether today is done. Nothing when hidden. */
export function badgeFor(summary: StreakSummary, settings: Settings): Badge {
  if (settings.hideStreak || summary.current === 0) return { text: '', color: AT_RISK_COLOR, title: 'Backtab' };
  const days = summary.current === 1 ? 'day' : 'days';
  const state = summary.todayDone ? 'done today' : summary.atRisk ? 'reveal an answer today to keep it' : 'rest day';
  return {
    text: summary.current > 999 ? '999+' : String(summary.current),
    color: summary.todayDone ? DONE_COLOR : AT_RISK_COLOR,
    title: `Backtab: ${summary.current}-${days.replace(/s$/, '')} streak, ${state}`,
  };
}
