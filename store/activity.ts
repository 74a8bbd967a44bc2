import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import {
  type DayCounts,
  decodeActivityLog,
  encodeActivityLog,
  mergeActivityLogs,
  withReveal,
} from '../core/activityLog.ts';
import { type Day, dayOf } from '../core/dates.ts';
import { getDeviceId } from './deviceId.ts';
import { readSettings } from './settings.ts';

/** Each device's log of revealed answers lives in storage.sync under `activity.<deviceId>`. */
const KEY_PREFIX = 'activity.';

/** Every device's log, merged. Unreadable records are skipped, never fatal. */
export async function readMergedActivity(): Promise<Map<Day, number>> {
  const everything = await storage.snapshot('sync');
  const logs: DayCounts[] = [];
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    const log = decodeActivityLog(value);
    if (log) logs.push(log);
  }
  return mergeActivityLogs(logs);
}

/** Counts one answer revealed at `now` in this device's own log, on the day the settings assign it to. */
export async function recordReveal(now: number, timeZone: string): Promise<void> {
  const day = dayOf(now, timeZone, (await readSettings()).dayStartHour);
  const item = storage.defineItem<unknown>(`sync:${KEY_PREFIX}${await getDeviceId()}`);
  const own = decodeActivityLog(await item.getValue()) ?? new Map<Day, number>();
  await item.setValue(encodeActivityLog(withReveal(own, day)));
}

/** Calls `onChange` whenever any device's log changes, including changes synced from elsewhere. */
export function watchActivity(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'sync' && Object.keys(changes).some((key) => key.startsWith(KEY_PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
