import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Heatmap } from '../../components/Heatmap.tsx';
import { MasteryTable } from '../../components/MasteryTable.tsx';
import { PracticeSettingsForm } from '../../components/PracticeSettingsForm.tsx';
import { ResetProgress } from '../../components/ResetProgress.tsx';
import { SnoozeControl } from '../../components/SnoozeControl.tsx';
import { StreakSettingsForm } from '../../components/StreakSettingsForm.tsx';
import { StreakStats } from '../../components/StreakStats.tsx';
import { SyncNotice } from '../../components/SyncNotice.tsx';
import { buildHeatmap } from '../../core/heatmap.ts';
import { weakestTopic } from '../../core/mastery.ts';
import { type Settings, THEMES } from '../../core/settings.ts';
import { snoozeEnd } from '../../core/snooze.ts';
import { applyTheme } from '../../store/pagePrefs.ts';
import { resetProgress } from '../../store/reset.ts';
import { useMastery } from '../../store/useMastery.ts';
import { useSettings } from '../../store/useSettings.ts';
import { localTimeZone, useStreak } from '../../store/useStreak.ts';
import { useSyncStatus } from '../../store/useSyncStatus.ts';
import { BackupSection } from './BackupSection.tsx';
import { DecksSection } from './DecksSection.tsx';

const THEME_LABELS: Record<Settings['theme'], string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

/**
 * How long "Saved" stays. It floats over the page so that it shows wherever the setting was changed,
 * and left there it covered whatever scrolled beneath it: on a small window, settings and the
 * backup's Cancel button.
 */
const SAVED_NOTICE_MS = 4000;

export function OptionsPage() {
  const streak = useStreak();
  const syncStatus = useSyncStatus();
  const [settings, changeSettings] = useSettings();
  const masteries = useMastery(streak?.today);
  const [saved, setSaved] = useState('');
  const savedNoticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const heatmap = useMemo(
    () => streak && buildHeatmap(streak.history, streak.summary.frozenDays, streak.today),
    [streak],
  );

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);
  useEffect(() => () => clearTimeout(savedNoticeTimer.current), []);

  const change = async (settingsChange: Partial<Settings>) => {
    await changeSettings(settingsChange);
    setSaved('Saved. New tabs use it from now on.');
    // Each save restarts the count, so a run of changes keeps the notice up until the last one is read.
    clearTimeout(savedNoticeTimer.current);
    savedNoticeTimer.current = setTimeout(() => setSaved(''), SAVED_NOTICE_MS);
  };

  const seen = masteries?.reduce((sum, entry) => sum + entry.seen, 0) ?? 0;
  const activeDays = streak?.summary.totalActiveDays ?? 0;

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
              {!streak.settings.hideStreak && <StreakStats summary={streak.summary} />}
              <Heatmap heatmap={heatmap} />
            </>
          ) : (
            <p class="loading">Loading…</p>
          )}
        </section>

        <section aria-labelledby="mastery-title" class="card">
          <h2 id="mastery-title">Mastery by topic</h2>
          {masteries ? (
            <MasteryTable
              masteries={masteries}
              weakest={weakestTopic(masteries)}
              drillHref={(topic) => `popup.html?drill=${topic}`}
            />
          ) : (
            <p class="loading">Loading…</p>
          )}
        </section>

        {settings && (
          <>
            <section aria-labelledby="questions-title" class="card">
              <h2 id="questions-title">Questions</h2>
              <PracticeSettingsForm settings={settings} onChange={(value) => void change(value)} />
            </section>

            <section aria-labelledby="streak-settings-title" class="card">
              <h2 id="streak-settings-title">Streak</h2>
              <StreakSettingsForm settings={settings} onChange={(value) => void change(value)} />
            </section>

            <section aria-labelledby="comfort-title" class="card">
              <h2 id="comfort-title">Appearance and snooze</h2>
              <div class="form">
                <div class="field">
                  <label for="theme">Theme</label>
                  <select
                    id="theme"
                    value={settings.theme}
                    onChange={(event) => void change({ theme: event.currentTarget.value as Settings['theme'] })}
                  >
                    {THEMES.map((theme) => (
                      <option key={theme} value={theme}>
                        {THEME_LABELS[theme]}
                      </option>
                    ))}
                  </select>
                </div>
                <SnoozeControl
                  snoozeUntil={settings.snoozeUntil}
                  now={Date.now()}
                  onSnooze={(option) =>
                    void change({ snoozeUntil: snoozeEnd(option, Date.now(), localTimeZone(), settings.dayStartHour) })
                  }
                  onResume={() => void change({ snoozeUntil: 0 })}
                />
              </div>
            </section>
          </>
        )}

        <DecksSection />
        <BackupSection />

        <section aria-labelledby="reset-title-section" class="card">
          <h2 id="reset-title-section">Start over</h2>
          <ResetProgress
            whatIsLost={`${activeDays === 1 ? '1 active day' : `${activeDays} active days`} and the grades of ${
              seen === 1 ? '1 question' : `${seen} questions`
            }`}
            onReset={() => resetProgress()}
          />
        </section>
        <p class="toast" role="status">
          {saved}
        </p>
      </main>
    </div>
  );
}
