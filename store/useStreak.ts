import { useEffect, useState } from 'preact/hooks';
import { dayOf, nextDayStart } from '../core/dates.ts';
import type { Settings } from '../core/settings.ts';
import { type StreakSummary, summariseStreak } from '../core/streak.ts';
import { activityStore } from './activity.ts';
import { readSettings, watchSettings } from './settings.ts';

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface StreakView {
  summary: StreakSummary;
  settings: Settings;
  history: Map<string, number>;
  today: string;
}

/**
 * The streak as of now, kept current as this or another device records activity, as settings
 * change, and when the day rolls over while the page stays open.
 */
export function useStreak(): StreakView | undefined {
  const [view, setView] = useState<StreakView>();
  useEffect(() => {
    let unmounted = false;
    let rollover: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      const [settings, history] = await Promise.all([readSettings(), activityStore().readMerged()]);
      const now = Date.now();
      const timeZone = localTimeZone();
      const today = dayOf(now, timeZone, settings.dayStartHour);
      if (unmounted) return;
      setView({ summary: summariseStreak(history, today, settings), settings, history, today });
      clearTimeout(rollover);
      rollover = setTimeout(() => void refresh(), nextDayStart(now, timeZone, settings.dayStartHour) - now);
    };
    void refresh();
    const stopWatchingActivity = activityStore().watch(() => void refresh());
    const stopWatchingSettings = watchSettings(() => void refresh());
    // A computer asleep over the day start fires the rollover timer late, if at all: a page shown
    // again counts from the clock it wakes to.
    const refreshWhenShown = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', refreshWhenShown);
    return () => {
      unmounted = true;
      clearTimeout(rollover);
      stopWatchingActivity();
      stopWatchingSettings();
      document.removeEventListener('visibilitychange', refreshWhenShown);
    };
  }, []);
  return view;
}
