import {
  type DayCounts,
  decodeActivityLog,
  type EncodedActivityLog,
  encodeActivityLog,
  mergeActivityLogs,
  withReveal,
} from '../core/activityLog.ts';
import { type Day, dayOf } from '../core/dates.ts';
import { browserAreas, type StorageAreas, watchKeys } from './areas.ts';
import { getDeviceId } from './deviceId.ts';
import { coalesce, type WithLock, withLock } from './lock.ts';
import { readSettings } from './settings.ts';
import {
  createSyncWriter,
  fitsOneSyncItem,
  SYNC_BYTES_PER_ITEM,
  type SyncWriter,
  syncItemBytes,
} from './syncWriter.ts';

/** This device's own log, the record of truth for its activity, in storage.local. */
export const OWN_LOG_KEY = 'activityLog';
/** Every device's copy in storage.sync, one key each: `activity.<deviceId>`. */
export const SYNC_KEY_PREFIX = 'activity.';

/** The key of one device's copy in storage.sync. */
export function activitySyncKeyOf(deviceId: string): string {
  return SYNC_KEY_PREFIX + deviceId;
}
/** The lock every read-modify-write of this device's log holds (backup restore included). */
export const ACTIVITY_LOCK = 'backtab-activity';

export interface ActivityStore {
  /** Counts one revealed answer on `day`: kept locally at once, then copied to sync. */
  recordReveal(day: Day): Promise<void>;
  /** The logs of every device, merged. Unreadable records are skipped, never fatal. */
  readMerged(): Promise<Map<Day, number>>;
  /** Copies this device's log to its own key in storage.sync. */
  mirrorToSync(): Promise<boolean>;
  /** Calls `onChange` whenever any device's log changes, including changes synced from elsewhere. */
  watch(onChange: () => void): () => void;
}

interface Dependencies {
  areas: StorageAreas;
  deviceId: () => Promise<string>;
  writer: SyncWriter;
  withLock: WithLock;
}

/** This device's log: local, and what sync holds for it in case local lost anything. */
export async function readOwnLog(areas: StorageAreas, id: string): Promise<Map<Day, number>> {
  const syncKey = activitySyncKeyOf(id);
  const [local, sync] = await Promise.all([areas.local.get(OWN_LOG_KEY), areas.sync.get(syncKey)]);
  const own = decodeActivityLog(local[OWN_LOG_KEY]) ?? new Map<Day, number>();
  for (const [day, count] of decodeActivityLog(sync[syncKey]) ?? []) {
    own.set(day, Math.max(count, own.get(day) ?? 0));
  }
  return own;
}

/**
 * What this device's key in storage.sync holds: the whole log while it fits one sync item, else the
 * most recent days that fit. A log outgrows an item only after some 22 years of daily use (or from
 * a hand-made backup), and then the recent days are the ones that matter elsewhere: the streak and
 * the goals read them, and another device lacks only the oldest days of its heatmap and backups.
 * Nothing is lost: storage.local keeps the whole log, the record of truth for this device, and
 * readOwnLog merges the copy back in rather than replacing the log with it. Splitting the log over
 * several items instead would spend the 100 KB that every device's records share. Pages say
 * nothing about it, because nothing is behind: this copy is whole for every recent day.
 */
export function syncCopyOf(deviceId: string, log: DayCounts): EncodedActivityLog | undefined {
  const key = activitySyncKeyOf(deviceId);
  const whole = encodeActivityLog(log);
  if (!whole || fitsOneSyncItem(key, whole)) return whole;
  // Everything but the counts takes the same room whichever days are kept, and a count is one byte.
  const roomForCounts = SYNC_BYTES_PER_ITEM - (syncItemBytes(key, whole) - whole.counts.length);
  return encodeActivityLog(log, roomForCounts);
}

/**
 * Each device writes only its own records, and every reader merges all of them, because storage.sync
 * replicates each key last-writer-wins (Chrome) or server-wins (Firefox): a key shared by two
 * devices would lose one device's days.
 */
export function createActivityStore({ areas, deviceId, writer, withLock }: Dependencies): ActivityStore {
  const readOwn = (id: string) => readOwnLog(areas, id);

  const mirrorToSync = coalesce(async () => {
    const id = await deviceId();
    const own = await readOwn(id);
    const copy = syncCopyOf(id, own);
    return copy ? writer.write(activitySyncKeyOf(id), copy) : true;
  });

  return {
    async recordReveal(day) {
      await withLock(ACTIVITY_LOCK, async () => {
        const own = await readOwn(await deviceId());
        await areas.local.set({ [OWN_LOG_KEY]: encodeActivityLog(withReveal(own, day)) });
      });
      await mirrorToSync();
    },

    async readMerged() {
      const id = await deviceId();
      const [everything, own] = await Promise.all([areas.sync.get(null), readOwn(id)]);
      const logs: DayCounts[] = [own];
      for (const [key, value] of Object.entries(everything)) {
        if (!key.startsWith(SYNC_KEY_PREFIX) || key === activitySyncKeyOf(id)) continue;
        const log = decodeActivityLog(value);
        if (log) logs.push(log);
      }
      return mergeActivityLogs(logs);
    },

    mirrorToSync,

    watch(onChange) {
      return watchKeys(areas, { localKey: OWN_LOG_KEY, syncPrefix: SYNC_KEY_PREFIX }, onChange);
    },
  };
}

let browserStore: ActivityStore | undefined;

/** The activity store over the browser's own storage. */
export function activityStore(): ActivityStore {
  if (!browserStore) {
    const areas = browserAreas();
    browserStore = createActivityStore({ areas, deviceId: getDeviceId, writer: createSyncWriter(areas), withLock });
  }
  return browserStore;
}

/** Counts an answer revealed now, on the day the user's settings assign it to. */
export async function recordRevealNow(timeZone: string, now = Date.now()): Promise<void> {
  const settings = await readSettings();
  await activityStore().recordReveal(dayOf(now, timeZone, settings.dayStartHour));
}
