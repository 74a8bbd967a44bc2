import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeActivityLog } from '../../../core/activityLog.ts';
import { activityStore, createActivityStore, recordRevealNow } from '../../../store/activity.ts';
import { createSyncWriter } from '../../../store/syncWriter.ts';
import { fakeAreas } from '../../fakes/storageArea.ts';
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
