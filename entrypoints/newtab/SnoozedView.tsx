import { useEffect, useState } from 'preact/hooks';
import { clockTime } from '../../components/clockTime.ts';

interface Props {
  until: number;
  onShowAnyway: () => void;
}

/** While snoozed: a calm page with the time, and a way to a question for whoever wants one. */
export function SnoozedView({ until, onShowAnyway }: Props) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <section class="snoozed" aria-labelledby="snoozed-time">
      <h1 id="snoozed-time" class="snoozed-time">
        {clockTime(now)}
      </h1>
      <p class="snoozed-note">Backtab is snoozed until {clockTime(until)}.</p>
      <button type="button" class="button" onClick={onShowAnyway}>
        Show me a question anyway
      </button>
    </section>
  );
}
