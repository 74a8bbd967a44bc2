import { useMemo, useState } from 'preact/hooks';
import { Heatmap } from '../../components/Heatmap.tsx';
import { StreakSettingsForm } from '../../components/StreakSettingsForm.tsx';
import { StreakStats } from '../../components/StreakStats.tsx';
import { SyncNotice } from '../../components/SyncNotice.tsx';
import { buildHeatmap } from '../../core/heatmap.ts';
import type { Settings } from '../../core/settings.ts';
import { saveSettings } from '../../store/settings.ts';
import { useStreak } from '../../store/useStreak.ts';
import { useSyncStatus } from '../../store/useSyncStatus.ts';

export function OptionsPage() {
  const streak = useStreak();
  const syncStatus = useSyncStatus();
  const [saved, setSaved] = useState('');
  const heatmap = useMemo(
    () => streak && buildHeatmap(streak.history, streak.summary.frozenDays, streak.today),
    [streak],
  );

  const change = async (settingsChange: Partial<Settings>) => {
    await saveSettings(settingsChange);
    setSaved('Saved. New tabs use it from now on.');
  };

  return (
    <div class="options">
      <header class="options-header">
        <h1>Backtab</h1>
        <SyncNotice status={syncStatus} />
      </header>
      <main>
        <section aria-labelledby="stats-title" class="card">
          <h2 id="stats-title">Your practice</h2>
          {streak && heatmap ? (
            <>
              <StreakStats summary={streak.summary} />
              <Heatmap heatmap={heatmap} />
            </>
          ) : (
            <p class="loading">Loading…</p>
          )}
        </section>
        <section aria-labelledby="streak-settings-title" class="card">
          <h2 id="streak-settings-title">Streak</h2>
          {streak && <StreakSettingsForm settings={streak.settings} onChange={(value) => void change(value)} />}
          <p class="saved" role="status">
            {saved}
          </p>
        </section>
      </main>
    </div>
  );
}
