import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, type Settings, sanitiseSettings } from '../core/settings.ts';
import { browserAreas } from './areas.ts';
import { rememberPagePrefs } from './pagePrefs.ts';
import { createSyncWriter } from './syncWriter.ts';

const SETTINGS_KEY = 'settings';
const settingsItem = storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, { fallback: DEFAULT_SETTINGS, version: 1 });
const writer = createSyncWriter(browserAreas());

/** The settings in force: a change sync refused (kept locally until it fits) wins over sync's copy. */
export async function readSettings(): Promise<Settings> {
  try {
    const pending = await writer.pending(SETTINGS_KEY);
    const settings = sanitiseSettings(pending ?? (await settingsItem.getValue()));
    if (typeof localStorage !== 'undefined') rememberPagePrefs(settings);
    return settings;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Saves a change; the next new tab and every open page pick it up. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = sanitiseSettings({ ...(await readSettings()), ...change });
  await writer.write(SETTINGS_KEY, next);
  if (typeof localStorage !== 'undefined') rememberPagePrefs(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch(() => void readSettings().then(onChange));
}
