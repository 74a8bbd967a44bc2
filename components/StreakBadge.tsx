import type { StreakSummary } from '../core/streak.ts';

interface Props {
  summary: StreakSummary | undefined;
}

function describe(summary: StreakSummary): string {
  if (summary.todayDone) return 'done today';
  if (summary.atRisk) return 'reveal an answer today to keep it';
  if (summary.current > 0) return 'today is a rest day';
  return 'reveal an answer to start one';
}

function freezesText(count: number): string {
  return count === 1 ? '1 freeze banked' : `${count} freezes banked`;
}

/** The current streak, today's state and banked freezes. Space is kept while it loads, so nothing shifts. */
export function StreakBadge({ summary }: Props) {
  if (!summary) return <p class="streak" aria-hidden="true" />;
  const days = summary.current === 1 ? 'day' : 'days';
  const state = summary.todayDone ? 'streak-done' : summary.atRisk ? 'streak-at-risk' : '';
  return (
    <p class={`streak ${state}`} title={`Streak: ${describe(summary)}. ${freezesText(summary.freezesBanked)}.`}>
      <svg class="streak-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2c1 3.5 5 6 5 11a5 5 0 0 1-10 0c0-2.2 1-3.8 2.3-5 .2 1.6.9 2.7 2 3.3C11 8.7 11 5.4 12 2Z" />
      </svg>
      <span class="streak-count">{summary.current}</span>
      <span class="streak-label">
        {days} streak<span class="visually-hidden">, {describe(summary)}</span>
      </span>
      {summary.atRisk && (
        <span class="streak-state" aria-hidden="true">
          at risk
        </span>
      )}
      {summary.freezesBanked > 0 && (
        <span class="streak-freezes">
          <svg class="freeze-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 2v20M3.3 7l17.4 10M3.3 17L20.7 7M9 4l3 2 3-2M9 20l3-2 3 2" />
          </svg>
          <span aria-hidden="true">{summary.freezesBanked}</span>
          <span class="visually-hidden">, {freezesText(summary.freezesBanked)}</span>
        </span>
      )}
    </p>
  );
}
