import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings.ts';
import { readSettings, saveSettings, watchSettings } from './settings.ts';

/** The settings, kept current, and a way to change them. */
export function useSettings(): [Settings | undefined, (change: Partial<Settings>) => Promise<Settings>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = async (settingsChange: Partial<Settings>) => {
    const next = await saveSettings(settingsChange);
    setSettings(next);
    return next;
  };
  return [settings, change];
}
