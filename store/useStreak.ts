import { useEffect, useState } from 'preact/hooks';
import { dayOf } from '../core/dates.ts';
import { type StreakStatus, streakStatus } from '../core/streak.ts';
import { readMergedActivity, watchActivity } from './activity.ts';
import { readSettings, watchSettings } from './settings.ts';

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The streak as of now, kept current as this or another device records activity. */
export function useStreak(): StreakStatus | undefined {
  const [status, setStatus] = useState<StreakStatus>();
  useEffect(() => {
    let unmounted = false;
    const refresh = async () => {
      const [settings, activity] = await Promise.all([readSettings(), readMergedActivity()]);
      const today = dayOf(Date.now(), localTimeZone(), settings.dayStartHour);
      if (!unmounted) setStatus(streakStatus(activity, today, settings.dailyGoal));
    };
    void refresh();
    const stopWatchingActivity = watchActivity(() => void refresh());
    const stopWatchingSettings = watchSettings(() => void refresh());
    return () => {
      unmounted = true;
      stopWatchingActivity();
      stopWatchingSettings();
    };
  }, []);
  return status;
}
