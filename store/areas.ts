import { browser } from 'wxt/browser';

/**
 * The part of a browser storage area the stores use. Stores take areas as arguments, so tests can
 * hand them fakes that enforce sync quotas or replicate between devices like the real sync does.
 */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type AreaName = 'local' | 'sync';
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
export type ChangeListener = (changes: StorageChanges, areaName: string) => void;

export interface StorageAreas {
  local: StorageArea;
  sync: StorageArea;
  /** Subscribes to changes in either area; returns the unsubscribe. */
  onChanged(listener: ChangeListener): () => void;
}

export function browserAreas(): StorageAreas {
  return {
    local: browser.storage.local,
    sync: browser.storage.sync,
    onChanged(listener) {
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Where a store keeps its data: this device's record in storage.local, every device's copy in sync. */
export interface WatchedKeys {
  localKey: string;
  syncPrefix: string;
}

/**
 * Calls `onChange` when this device's record (`localKey` in storage.local) changes, or any device's
 * copy (a key starting with `syncPrefix` in storage.sync); returns the unsubscribe.
 */
export function watchKeys(
  areas: StorageAreas,
  { localKey, syncPrefix }: WatchedKeys,
  onChange: () => void,
): () => void {
  return areas.onChanged((changes, areaName) => {
    const keys = Object.keys(changes);
    if (
      areaName === 'local'
        ? keys.includes(localKey)
        : areaName === 'sync' && keys.some((key) => key.startsWith(syncPrefix))
    ) {
      onChange();
    }
  });
}
