import type { StorageAreas } from './areas.ts';

/** Writes that storage.sync refused, by key, waiting in storage.local to be retried. */
export const PENDING_KEY = 'syncPending';
/** Why sync is behind, for the notice the pages show; absent while everything is synced. */
export const SYNC_STATUS_KEY = 'syncStatus';

/** What one storage.sync item may hold, its key and its value's JSON together, in UTF-8 bytes. */
export const SYNC_BYTES_PER_ITEM = 8_192;

const utf8 = new TextEncoder();

/**
 * The room `value` takes under `key` in storage.sync. Chrome and Firefox both count the key plus
 * the value's JSON, in bytes rather than characters, so a non-ASCII text is not under-counted.
 */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(value) ?? '').length;
}

/** Whether `value` could ever be stored under `key`, however much quota is free. */
export function fitsOneSyncItem(key: string, value: unknown): boolean {
  return syncItemBytes(key, value) <= SYNC_BYTES_PER_ITEM;
}

export interface SyncStatus {
  /** The quota ran out (it frees up with time) rather than sync failing for another reason. */
  quota: boolean;
  message: string;
  since: number;
}

export interface SyncWriter {
  /** Writes to storage.sync; on refusal keeps the value locally for a retry. Never rejects. */
  write(key: string, value: unknown): Promise<boolean>;
  /** Retries the kept writes; true when none is left waiting for a retry. Never rejects. */
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
 *
 * A value bigger than one item is different: no retry can ever store it. It is kept too (a reader
 * that prefers kept values, such as settings, still sees it on this device) but never tried, so it
 * spends none of the write quota, holds back no other write, and raises no sync notice: the notice
 * says sync "will catch up by itself", which for that value would never come true. Callers whose
 * records can grow that big write a copy that fits instead (see store/activity.ts).
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
   * `refusedKey` moves to the back of the queue, so a write sync keeps refusing (the total quota is
   * full, say, while smaller writes still fit) cannot stand in front of the others for ever.
   * Returns how many kept writes are still worth retrying; with none, the notice goes.
   */
  const forget = async (written: Record<string, unknown>, supersedes = false, refusedKey?: string): Promise<number> => {
    const pending = await readPending();
    const before = JSON.stringify(Object.keys(pending));
    for (const [key, value] of Object.entries(written)) {
      if (supersedes || JSON.stringify(pending[key]) === JSON.stringify(value)) delete pending[key];
    }
    if (refusedKey !== undefined && refusedKey in pending) {
      const refusedValue = pending[refusedKey];
      delete pending[refusedKey];
      pending[refusedKey] = refusedValue;
    }
    if (JSON.stringify(Object.keys(pending)) !== before) await areas.local.set({ [PENDING_KEY]: pending });
    const retryable = Object.entries(pending).filter(([key, value]) => fitsOneSyncItem(key, value)).length;
    if (retryable === 0) await areas.local.remove(SYNC_STATUS_KEY);
    return retryable;
  };

  return {
    async write(key, value) {
      try {
        if (!fitsOneSyncItem(key, value)) {
          // Never tried, only kept (see above); it may replace the last write waiting to be retried.
          await areas.local.set({ [PENDING_KEY]: { ...(await readPending()), [key]: value } });
          await forget({});
          return false;
        }
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
        let refusedKey: string | undefined;
        for (const [key, value] of Object.entries(pending)) {
          if (!fitsOneSyncItem(key, value)) continue;
          if (!(await attempt(key, value))) {
            // Sync still refuses: stop spending writes from this minute's quota.
            refusedKey = key;
            break;
          }
          written[key] = value;
        }
        return (await forget(written, false, refusedKey)) === 0;
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
