import { describe, expect, test } from 'vitest';
import { encodeActivityLog } from '../../../core/activityLog.ts';
import { addDays } from '../../../core/dates.ts';
import { createActivityStore } from '../../../store/activity.ts';
import { createSyncWriter } from '../../../store/syncWriter.ts';
import { FakeStorageArea, fakeAreas, SYNC_QUOTA } from '../../fakes/storageArea.ts';
import { deviceLock } from './testLock.ts';

function quotaLimitedDevice(browser: 'chrome' | 'firefox') {
  let time = Date.parse('2026-11-27T10:00:00Z');
  const clock = { now: () => time, advance: (ms: number) => (time += ms) };
  const areas = fakeAreas(new FakeStorageArea('sync', { browser, now: clock.now }));
  const writer = createSyncWriter(areas, clock.now);
  const store = createActivityStore({ areas, deviceId: async () => 'laptop', writer, withLock: deviceLock() });
  return { areas, writer, store, clock };
}

describe.each(['chrome', 'firefox'] as const)('past the sync quota in %s', (browser) => {
  test('activity keeps being recorded, the refused write waits locally and syncs when the quota frees', async () => {
    const { areas, writer, store, clock } = quotaLimitedDevice(browser);
    // Something else has spent this minute's writes.
    for (let write = 0; write < SYNC_QUOTA.writesPerMinute; write++) await areas.sync.set({ other: write });

    await store.recordReveal('2026-11-27');
    await store.recordReveal('2026-11-27');
    expect(await store.readMerged()).toEqual(new Map([['2026-11-27', 2]]));
    expect(areas.sync.data.has('activity.laptop')).toBe(false);
    const status = (await areas.local.get('syncStatus')).syncStatus as { quota: boolean };
    expect(status.quota).toBe(true);

    expect(await writer.flush()).toBe(false); // still inside the same minute
    clock.advance(60_000);
    expect(await writer.flush()).toBe(true);
    expect(JSON.parse(areas.sync.data.get('activity.laptop') ?? 'null')).toEqual(
      encodeActivityLog(new Map([['2026-11-27', 2]])),
    );
    expect(await areas.local.get('syncStatus')).toEqual({});
    expect(await areas.local.get('syncPending')).toEqual({ syncPending: {} });
  });

  test('a value too big for one sync item is kept locally, never rejected, and says nothing will sync later', async () => {
    const { writer, areas } = quotaLimitedDevice(browser);
    const huge = 'x'.repeat(SYNC_QUOTA.bytesPerItem);
    await expect(writer.write('big', huge)).resolves.toBe(false);
    expect(await writer.pending('big')).toBe(huge);
    expect(areas.sync.data.has('big')).toBe(false);
    // Retrying could never succeed: no notice promises it will, and no retry stays scheduled.
    expect(await areas.local.get('syncStatus')).toEqual({});
    expect(await writer.flush()).toBe(true);
  });
});

test('a newer write of the same key replaces the one waiting', async () => {
  const { writer, areas, clock } = quotaLimitedDevice('chrome');
  for (let write = 0; write < SYNC_QUOTA.writesPerMinute; write++) await areas.sync.set({ other: write });
  await writer.write('settings', { dailyGoal: 2 });
  await writer.write('settings', { dailyGoal: 3 });
  clock.advance(60_000);
  await writer.flush();
  expect(await areas.sync.get('settings')).toEqual({ settings: { dailyGoal: 3 } });
});

test('a successful write drops an older value of that key still waiting', async () => {
  const { writer, areas, clock } = quotaLimitedDevice('chrome');
  for (let write = 0; write < SYNC_QUOTA.writesPerMinute; write++) await areas.sync.set({ other: write });
  await writer.write('settings', { dailyGoal: 2 });
  clock.advance(60_000);
  await writer.write('settings', { dailyGoal: 5 });
  await writer.flush();
  expect(await areas.sync.get('settings')).toEqual({ settings: { dailyGoal: 5 } });
  expect(await writer.pending('settings')).toBeUndefined();
});

test('ten years of daily activity fit one sync item with room to spare', async () => {
  const { store, areas } = quotaLimitedDevice('chrome');
  const log = new Map<string, number>();
  for (let day = 0; day < 3653; day++) log.set(addDays('2016-11-27', day), 1 + (day % 5));
  await areas.local.set({ activityLog: encodeActivityLog(log) });
  expect(await store.mirrorToSync()).toBe(true);
  expect(areas.sync.bytesInUse()).toBeLessThan(SYNC_QUOTA.bytesPerItem / 2);
});

describe('a value that can never fit one sync item', () => {
  test('does not hold back the writes waiting behind it', async () => {
    const { writer, areas, clock } = quotaLimitedDevice('chrome');
    // Kept by an earlier version, which queued whatever sync refused.
    const tooBig = { v: 1, start: '2004-01-01', counts: 'B'.repeat(8_366) };
    await areas.local.set({ syncPending: { 'activity.laptop': tooBig } });
    for (let write = 0; write < SYNC_QUOTA.writesPerMinute; write++) await areas.sync.set({ other: write });
    await writer.write('settings', { dailyGoal: 3 });
    expect(await areas.local.get('syncStatus')).not.toEqual({});

    clock.advance(60_000);
    expect(await writer.flush()).toBe(true);
    expect(await areas.sync.get('settings')).toEqual({ settings: { dailyGoal: 3 } });
    expect(areas.sync.data.has('activity.laptop')).toBe(false);
    expect(await areas.local.get('syncStatus')).toEqual({});
  });

  test('spends none of the write quota', async () => {
    const { writer, areas } = quotaLimitedDevice('chrome');
    const tooBig = 'x'.repeat(SYNC_QUOTA.bytesPerItem);
    for (let attempt = 0; attempt < SYNC_QUOTA.writesPerMinute; attempt++) await writer.write('big', tooBig);
    await writer.flush();
    await expect(areas.sync.set({ small: 1 })).resolves.toBeUndefined();
  });

  test('counts its key and its bytes, not its characters, as the browsers do', async () => {
    const { writer, areas } = quotaLimitedDevice('chrome');
    const key = 'k'.repeat(100);
    // Two bytes a character in UTF-8: fits by characters, not by bytes.
    const accented = 'é'.repeat(4_100);
    expect(await writer.write(key, accented)).toBe(false);
    expect(await areas.local.get('syncStatus')).toEqual({});
    await expect(areas.sync.set({ [key]: accented })).rejects.toThrow(/quota/i);
    expect(await writer.write(key, 'e'.repeat(SYNC_QUOTA.bytesPerItem - key.length - 2))).toBe(true);
  });

  test('is replaced by a later value of its key that fits', async () => {
    const { writer, areas } = quotaLimitedDevice('chrome');
    await writer.write('activity.laptop', 'x'.repeat(SYNC_QUOTA.bytesPerItem));
    expect(await writer.write('activity.laptop', 'small')).toBe(true);
    expect(await writer.pending('activity.laptop')).toBeUndefined();
    expect(await areas.sync.get('activity.laptop')).toEqual({ 'activity.laptop': 'small' });
  });
});

test('a write sync keeps refusing takes its turn behind the others rather than blocking them', async () => {
  const { writer, areas, clock } = quotaLimitedDevice('chrome');
  // Sync is nearly full: a 5 KB value does not fit in all, a small one does.
  for (let filler = 0; filler < 12; filler++) await areas.sync.set({ [`filler.${filler}`]: 'f'.repeat(8_000) });
  await areas.sync.set({ 'filler.last': 'f'.repeat(2_000) });
  for (let write = 0; write < SYNC_QUOTA.writesPerMinute - 13; write++) await areas.sync.set({ other: write });
  await writer.write('reviews.laptop.0', 'r'.repeat(5_000));
  await writer.write('settings', { dailyGoal: 3 });

  clock.advance(60_000);
  expect(await writer.flush()).toBe(false);
  clock.advance(60_000);
  expect(await writer.flush()).toBe(false);
  expect(await areas.sync.get('settings')).toEqual({ settings: { dailyGoal: 3 } });
  expect(await writer.pending('reviews.laptop.0')).toBe('r'.repeat(5_000));
  expect(((await areas.local.get('syncStatus')).syncStatus as { quota: boolean }).quota).toBe(true);
});
