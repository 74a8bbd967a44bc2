import { useEffect, useState } from 'preact/hooks';
import type { TopicMastery } from '../core/mastery.ts';
import { reviewStore } from './reviews.ts';

/**
 * How well each topic is known, kept current as questions are graded in any tab or on another
 * device, and recomputed when `today` changes, as recall fades with the days. The practice store is
 * loaded only here, after the page's first render: it brings the bank's index and the scheduler.
 */
export function useMastery(today: string | undefined): TopicMastery[] | undefined {
  const [masteries, setMasteries] = useState<TopicMastery[]>();
  useEffect(() => {
    let unmounted = false;
    const refresh = async () => {
      const { masteryReport, systemClock } = await import('./practice.ts');
      const report = await masteryReport(systemClock());
      if (!unmounted) setMasteries(report);
    };
    void refresh();
    const stopWatching = reviewStore().watch(() => void refresh());
    return () => {
      unmounted = true;
      stopWatching();
    };
  }, [today]);
  return masteries;
}
