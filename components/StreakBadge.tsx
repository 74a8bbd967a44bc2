import type { StreakStatus } from '../core/streak.ts';

interface Props {
  status: StreakStatus | undefined;
}

function describe(status: StreakStatus): string {
  if (status.todayDone) return 'done today';
  if (status.atRisk) return 'reveal an answer today to keep it';
  return 'reveal an answer to start one';
}

/** The current streak. Space is kept for it while it loads, so the page does not shift. */
export function StreakBadge({ status }: Props) {
  if (!status) return <p class="streak" aria-hidden="true" />;
  const days = status.current === 1 ? 'day' : 'days';
  return (
    <p class={`streak${status.todayDone ? ' streak-done' : ''}`} title={`Streak: ${describe(status)}`}>
      <svg class="streak-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2c1 3.5 5 6 5 11a5 5 0 0 1-10 0c0-2.2 1-3.8 2.3-5 .2 1.6.9 2.7 2 3.3C11 8.7 11 5.4 12 2Z" />
      </svg>
      <span class="streak-count">{status.current}</span>
      <span class="streak-label">
        {days} streak<span class="visually-hidden">, {describe(status)}</span>
      </span>
    </p>
  );
}
