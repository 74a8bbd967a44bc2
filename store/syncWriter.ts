import type { StorageAreas } from './areas.ts';

/** Writes that storage.sync refused, by key, waiting in storage.local to be retried. */
export const PENDING_KEY = 'syncPending';
/** Why sync is behind, for the notice the pages show; absent while everything is synced. */
export const SYNC_STATUS_KEY = 'syncStatus';

export interface SyncStatus {
  /** The quota ran out (it frees up with time) rather than sync failing for another reason. */
  quota: boolean;
  message: string;
  since: number;
}

export interface SyncWriter {
  /** Writes to storage.sync; on refusal keeps the value locally for a retry. Never rejects. */
  write(key: string, value: unknown): Promise<boolean>;
  /** Retries every kept write; true when nothing is left waiting. Never rejects. */
  flush(): Promise<boolean>;
  /** A kept value that sync has not taken yet, which readers should prefer. */
  pending(key: string): Promise<unknown>;
  /** Forgets the kept writes of the keys `isDiscarded` picks, such as progress a reset deletes. */
  discard(isDiscarded: (key: string) => boolean): Promise<void>;
}

/**
 * storage.sync refuses writes past its quotas: 8,192 bytes an item, 102,400 in all, 512 items, and
 * in Chrome 120 writes a minute and 1,800 an hour (refused writes count too). The texts differ by
 * browser, so "quota" is matched, never a whole message. A refused write is kept in storage.local
 * and retried, so nothing is lost and nothing rejects unhandled.
 */
export function createSyncWriter(areas: StorageAreas, now: () => number = Date.now): SyncWriter {
  const readPending = async (): Promise<Record<string, unknown>> => {
    const stored = (await areas.local.get(PENDING_KEY))[PENDING_KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  };

  const markFailure = async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const previous = (await areas.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as SyncStatus | undefined;
    const status: SyncStatus = { quota: /quota/i.test(message), message, since: previous?.since ?? now() };
    await areas.local.set({ [SYNC_STATUS_KEY]: status });
  };

  const attempt = async (key: string, value: unknown): Promise<boolean> => {
    try {
      await areas.sync.set({ [key]: value });
      return true;
    } catch (error) {
      await markFailure(error);
      return false;
    }
  };

  /**
   * Drops kept writes that sync now has. `written` maps each key to the value sync took; a kept
   * value that differs is newer (stored while a flush ran) and stays, unless `supersedes`.
   */
  const forget = async (written: Record<string, unknown>, supersedes = false): Promise<number> => {
    const pending = await readPending();
    const before = Object.keys(pending).length;
    for (const [key, value] of Object.entries(written)) {
      if (supersedes || JSON.stringify(pending[key]) === JSON.stringify(value)) delete pending[key];
    }
    const left = Object.keys(pending).length;
    if (left !== before) await areas.local.set({ [PENDING_KEY]: pending });
    if (left === 0) await areas.local.remove(SYNC_STATUS_KEY);
    return left;
  };

  return {
    async write(key, value) {
      try {
        if (await attempt(key, value)) {
          await forget({ [key]: value }, true);
          return true;
        }
        await areas.local.set({ [PENDING_KEY]: { ...(await readPending()), [key]: value } });
        return false;
      } catch {
        // Even storage.local failed; the caller's own local record is the one that matters.
        return false;
      }
    },
    async flush() {
      try {
        const pending = await readPending();
        const written: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(pending)) {
          // Sync still refuses: stop spending writes from this minute's quota.
          if (!(await attempt(key, value))) break;
          written[key] = value;
        }
        return (await forget(written)) === 0;
      } catch {
        return false;
      }
    },
    async pending(key) {
      try {
        return (await readPending())[key];
      } catch {
        return undefined;
      }
    },
    async discard(isDiscarded) {
      const pending = await readPending();
      await forget(Object.fromEntries(Object.entries(pending).filter(([key]) => isDiscarded(key))), true);
    },
  };
}
