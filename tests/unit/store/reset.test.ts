import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { grade } from '../../../core/scheduler.ts';
import { activityStore } from '../../../store/activity.ts';
import { browserAreas } from '../../../store/areas.ts';
import { applyResetFromElsewhere, resetProgress } from '../../../store/reset.ts';
import { reviewStore } from '../../../store/reviews.ts';
import { readSettings, saveSettings } from '../../../store/settings.ts';
import { PENDING_KEY } from '../../../store/syncWriter.ts';
import { FakeStorageArea } from '../../fakes/storageArea.ts';

const NOW = Date.parse('2026-11-28T10:00:00Z');

/** Progress made on this device: two days of answers and a grade, in storage.local and sync. */
async function someProgress() {
  await activityStore().recordReveal('2026-11-26');
  await activityStore().recordReveal('2026-11-27');
  await reviewStore().grade('cap-theorem', 'good', NOW - 86_400_000, grade);
}

/** Another device: its own storage.local, the same storage.sync. */
function otherDevice(localRecords: Record<string, unknown>) {
  const local = new FakeStorageArea('local');
  void local.set(localRecords);
  return { areas: { ...browserAreas(), local }, local };
}

beforeEach(() => fakeBrowser.reset());

describe('resetting all progress', () => {
  test('deletes every day and grade, here and in sync, and keeps the settings', async () => {
    await someProgress();
    await saveSettings({ dailyGoal: 3 });

    await resetProgress(NOW);

    expect(await activityStore().readMerged()).toEqual(new Map());
    expect(await reviewStore().readMerged(['cap-theorem'])).toEqual(new Map());
    const syncKeys = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(syncKeys.filter((key) => key.startsWith('activity.') || key.startsWith('reviews.'))).toEqual([]);
    expect(await readSettings()).toMatchObject({ dailyGoal: 3, resetAt: NOW });
  });

  test('that sync refuses still stands here and waits to reach the other devices, with a settings change before it', async () => {
    await someProgress();
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    syncSet.mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await saveSettings({ dailyGoal: 3 });

    await resetProgress(NOW);

    // The refused settings write is the only way the reset reaches other devices: it must survive it.
    expect(await readSettings()).toMatchObject({ dailyGoal: 3, resetAt: NOW });
    const { [PENDING_KEY]: pending } = await fakeBrowser.storage.local.get(PENDING_KEY);
    expect(Object.keys(pending as object)).toEqual(['settings']);
    expect(await activityStore().readMerged()).toEqual(new Map());
  });
});

describe('a reset made on another device', () => {
  test('clears this device’s records once, and what it records afterwards stays', async () => {
    const other = otherDevice({ activityLog: { '2026-11-20': 4 }, reviewStates: { 'cap-theorem': {} } });
    await resetProgress(NOW);

    expect(await applyResetFromElsewhere(other.areas, async () => 'other')).toBe(true);
    expect(await other.local.get(['activityLog', 'reviewStates'])).toEqual({});

    await other.local.set({ activityLog: { '2026-11-28': 1 } });
    // Any later settings change brings the same reset time: it must not clear again.
    expect(await applyResetFromElsewhere(other.areas, async () => 'other')).toBe(false);
    expect(await other.local.get('activityLog')).toEqual({ activityLog: { '2026-11-28': 1 } });
  });

  test('clears only this device’s synced records: another device’s may hold days made since', async () => {
    await resetProgress(NOW);
    // A third device saw the reset first, cleared its own records and has practised since.
    await fakeBrowser.storage.sync.set({ 'activity.desktop': { v: 1, start: '2026-11-29', counts: 'B' } });
    await fakeBrowser.storage.sync.set({ 'activity.laptop': { v: 1, start: '2026-11-01', counts: 'BBB' } });
    const laptop = otherDevice({ activityLog: { v: 1, start: '2026-11-01', counts: 'BBB' } });

    expect(await applyResetFromElsewhere(laptop.areas, async () => 'laptop')).toBe(true);
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(sync).filter((key) => key.startsWith('activity.'))).toEqual(['activity.desktop']);
  });

  test('is not applied a second time on the device that made it', async () => {
    await resetProgress(NOW);
    await someProgress();
    expect(await applyResetFromElsewhere()).toBe(false);
    expect((await activityStore().readMerged()).size).toBe(2);
  });
});
