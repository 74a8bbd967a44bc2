import { SYNC_KEY_PREFIX as ACTIVITY_SYNC_PREFIX, activitySyncKeyOf, OWN_LOG_KEY } from './activity.ts';
import { browserAreas, type StorageAreas } from './areas.ts';
import { getDeviceId } from './deviceId.ts';
import {
  OWN_STATES_KEY,
  REVIEW_LOG_KEY,
  REVIEWS_SYNC_PREFIX,
  reviewChunkPrefixOf,
  UNDONE_KEYS_KEY,
} from './reviews.ts';
import { readSettings, saveSettings } from './settings.ts';
import { forgetShownQuestions } from './shownQuestions.ts';
import { createSyncWriter } from './syncWriter.ts';

/** What progress is, on this device: the logs and states it holds as the record of truth. */
const LOCAL_PROGRESS_KEYS = [OWN_LOG_KEY, OWN_STATES_KEY, REVIEW_LOG_KEY, UNDONE_KEYS_KEY];
const SYNC_PROGRESS_PREFIXES = [ACTIVITY_SYNC_PREFIX, REVIEWS_SYNC_PREFIX];
const isProgressKey = (key: string) => SYNC_PROGRESS_PREFIXES.some((prefix) => key.startsWith(prefix));
/** The reset this device has applied already. */
const RESET_SEEN_KEY = 'resetSeen';

/**
 * Clears this device's progress, and in sync the progress of `devices`: every device's for the one
 * that makes the reset, only its own for one that applies it later. By then the others' keys may
 * hold days and grades made after the reset.
 */
async function clearProgress(areas: StorageAreas, resetAt: number, devices: 'all' | { ownDeviceId: string }) {
  const isCleared = (key: string) =>
    devices === 'all'
      ? isProgressKey(key)
      : key === activitySyncKeyOf(devices.ownDeviceId) || key.startsWith(reviewChunkPrefixOf(devices.ownDeviceId));
  const syncKeys = Object.keys(await areas.sync.get(null)).filter(isCleared);
  await areas.local.remove(LOCAL_PROGRESS_KEYS);
  // Writes sync refused wait to be retried. Progress among them goes; settings stay, and the reset
  // itself may be among them: that write is how it reaches the other devices.
  await createSyncWriter(areas).discard(isProgressKey);
  await areas.local.set({ [RESET_SEEN_KEY]: resetAt });
  if (syncKeys.length > 0) await areas.sync.remove(syncKeys);
  forgetShownQuestions();
}

/**
 * Resets all progress - active days, grades, the streak - on every device. The reset time goes into
 * the synced settings, and each device clears its own records when it sees a reset it has not
 * applied yet, so a device that was offline cannot bring the old progress back.
 */
export async function resetProgress(now = Date.now(), areas = browserAreas()): Promise<void> {
  await saveSettings({ resetAt: now });
  await clearProgress(areas, now, 'all');
}

/** Applies a reset made on another device, once. */
export async function applyResetFromElsewhere(areas = browserAreas(), deviceId = getDeviceId): Promise<boolean> {
  const { resetAt } = await readSettings();
  const seen = (await areas.local.get(RESET_SEEN_KEY))[RESET_SEEN_KEY];
  if (resetAt === 0 || (typeof seen === 'number' && seen >= resetAt)) return false;
  await clearProgress(areas, resetAt, { ownDeviceId: await deviceId() });
  return true;
}
