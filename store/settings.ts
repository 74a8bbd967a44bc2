import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, type Settings, sanitiseSettings } from '../core/settings.ts';

const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function readSettings(): Promise<Settings> {
  try {
    return sanitiseSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(sanitiseSettings(stored)));
}
