import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeActivityLog, encodeActivityLog } from '../../../core/activityLog.ts';
import { addDays } from '../../../core/dates.ts';
import { activityStore, createActivityStore, recordRevealNow } from '../../../store/activity.ts';
import { createSyncWriter } from '../../../store/syncWriter.ts';
import { FakeStorageArea, fakeAreas, LastWriterWinsCloud, SYNC_QUOTA } from '../../fakes/storageArea.ts';
import { deviceLock } from './testLock.ts';

function storeOn(areas = fakeAreas(), deviceId = 'laptop') {
  const store = createActivityStore({
    areas,
    deviceId: async () => deviceId,
    writer: createSyncWriter(areas),
    withLock: deviceLock(),
  });
  return { store, areas };
}

describe('recording a reveal', () => {
  test('keeps the log locally and copies it to this device’s own sync key', async () => {
    const { store, areas } = storeOn();
    await store.recordReveal('2026-11-27');
    await store.recordReveal('2026-11-27');
    expect([...areas.sync.data.keys()]).toEqual(['activity.laptop']);
    expect(await store.readMerged()).toEqual(new Map([['2026-11-27', 2]]));
  });

  test('from many tabs at once loses no count', async () => {
    const { store } = storeOn();
    await Promise.all(Array.from({ length: 20 }, () => store.recordReveal('2026-11-27')));
    expect(await store.readMerged()).toEqual(new Map([['2026-11-27', 20]]));
  });

  test('over a corrupt local log keeps what sync still holds for this device', async () => {
    const { store, areas } = storeOn();
    await store.recordReveal('2026-11-26');
    await areas.local.set({ activityLog: 'garbage' });
    await store.recordReveal('2026-11-27');
    expect(await store.readMerged()).toEqual(
      new Map([
        ['2026-11-26', 1],
        ['2026-11-27', 1],
      ]),
    );
  });
});

describe('reading', () => {
  test('merges every device and skips unreadable records', async () => {
    const { store, areas } = storeOn();
    await areas.sync.set({
      'activity.desktop': encodeActivityLog(new Map([['2026-11-25', 1]])),
      'activity.phone': encodeActivityLog(new Map([['2026-11-26', 2]])),
      'activity.broken': { v: 9 },
      'activity.huge': { v: 1, start: '2026-01-01', counts: '!'.repeat(100_000) },
      settings: { dayStartHour: 4 },
    });
    await store.recordReveal('2026-11-26');
    expect(await store.readMerged()).toEqual(
      new Map([
        ['2026-11-25', 1],
        ['2026-11-26', 3],
      ]),
    );
  });

  test('writes nothing', async () => {
    const { store, areas } = storeOn();
    await store.readMerged();
    expect(areas.local.data.size + areas.sync.data.size).toBe(0);
  });
});

test('watch reports activity of this and other devices, until unwatched', async () => {
  const { store, areas } = storeOn();
  let calls = 0;
  const unwatch = store.watch(() => calls++);
  await areas.sync.set({ 'activity.phone': encodeActivityLog(new Map([['2026-11-27', 1]])) });
  await areas.sync.set({ settings: {} });
  expect(calls).toBe(1);
  unwatch();
  await areas.sync.set({ 'activity.phone': encodeActivityLog(new Map([['2026-11-27', 2]])) });
  expect(calls).toBe(1);
});

/** A device whose storage.sync refuses writes where Chrome's would. */
function quotaLimitedStore(deviceId: string) {
  const sync = new FakeStorageArea('sync', { browser: 'chrome', now: () => Date.parse('2026-11-27T10:00:00Z') });
  return storeOn(fakeAreas(sync), deviceId);
}

function syncedLog(areas: ReturnType<typeof fakeAreas>, deviceId: string) {
  return decodeActivityLog(JSON.parse(areas.sync.data.get(`activity.${deviceId}`) ?? 'null'));
}

function dailyLog(first: string, days: number): Map<string, number> {
  const log = new Map<string, number>();
  for (let day = 0; day < days; day++) log.set(addDays(first, day), 1 + (day % 3));
  return log;
}

describe('the copy in sync', () => {
  test('keeps syncing after one reveal made with the clock 22 years behind', async () => {
    const laptop = quotaLimitedStore('laptop');
    const desktop = quotaLimitedStore('desktop');
    const cloud = new LastWriterWinsCloud();
    for (let day = 0; day < 6; day++) await laptop.store.recordReveal(addDays('2026-11-20', day));
    await laptop.store.recordReveal('2004-01-01');
    await laptop.store.recordReveal('2026-11-26');
    cloud.replicate(laptop.areas.sync, desktop.areas.sync);

    const everyDay = new Map([['2004-01-01', 1]]);
    for (let day = 0; day < 7; day++) everyDay.set(addDays('2026-11-20', day), 1);
    expect(syncedLog(laptop.areas, 'laptop')).toEqual(everyDay);
    expect(await desktop.store.readMerged()).toEqual(everyDay);
    expect(await laptop.areas.local.get(['syncStatus', 'syncPending'])).toEqual({});
  });

  test('of a log too long for one sync item holds the most recent days; this device keeps them all', async () => {
    const laptop = quotaLimitedStore('laptop');
    const desktop = quotaLimitedStore('desktop');
    const cloud = new LastWriterWinsCloud();
    // 25 years of daily use, or a hand-made backup: the encoding has one character a day.
    const log = dailyLog('2001-11-27', 25 * 365);
    await laptop.areas.local.set({ activityLog: encodeActivityLog(log) });
    const today = addDays('2001-11-27', 25 * 365);
    await laptop.store.recordReveal(today);
    cloud.replicate(laptop.areas.sync, desktop.areas.sync);

    const everyDay = new Map([...log, [today, 1]]);
    expect(await laptop.store.readMerged()).toEqual(everyDay);
    const item = laptop.areas.sync.data.get('activity.laptop') ?? '';
    expect('activity.laptop'.length + item.length).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    const synced = syncedLog(laptop.areas, 'laptop') ?? new Map();
    expect(synced.size).toBeGreaterThan(8_000);
    const newestFirst = [...everyDay.keys()].sort().reverse();
    expect([...synced.keys()].sort().reverse()).toEqual(newestFirst.slice(0, synced.size));
    expect(await desktop.store.readMerged()).toEqual(synced);
    // Sync is not behind: nothing waits and no notice says it will catch up.
    expect(await laptop.areas.local.get(['syncStatus', 'syncPending'])).toEqual({});
  });
});

describe('in the browser', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a reveal before the day start counts for the evening before', async () => {
    await recordRevealNow('UTC', Date.parse('2026-11-27T01:30:00Z'));
    expect(await activityStore().readMerged()).toEqual(new Map([['2026-11-26', 1]]));
  });

  test('the day start follows the settings', async () => {
    await fakeBrowser.storage.sync.set({ settings: { dayStartHour: 0 } });
    await recordRevealNow('UTC', Date.parse('2026-11-27T01:30:00Z'));
    expect(await activityStore().readMerged()).toEqual(new Map([['2026-11-27', 1]]));
    const syncKeys = Object.keys(await fakeBrowser.storage.sync.get());
    expect(syncKeys.filter((key) => key.startsWith('activity.'))).toHaveLength(1);
  });
});
