import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeActivityLog } from '../../../core/activityLog.ts';
import { readMergedActivity, recordReveal, watchActivity } from '../../../store/activity.ts';

const NOON_UTC = Date.parse('2026-11-27T12:00:00Z');

beforeEach(() => fakeBrowser.reset());

describe('recordReveal', () => {
  test('writes this device’s own log to storage.sync and nothing else to sync', async () => {
    await recordReveal(NOON_UTC, 'UTC');
    await recordReveal(NOON_UTC, 'UTC');
    const sync = await fakeBrowser.storage.sync.get();
    const keys = Object.keys(sync);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^activity\.[0-9a-f]{12}$/);
    expect(await readMergedActivity()).toEqual(new Map([['2026-11-27', 2]]));
  });

  test('counts a reveal before the day start for the evening before', async () => {
    await recordReveal(Date.parse('2026-11-27T01:30:00Z'), 'UTC');
    expect(await readMergedActivity()).toEqual(new Map([['2026-11-26', 1]]));
  });

  test('follows the day start setting', async () => {
    await fakeBrowser.storage.sync.set({ settings: { dayStartHour: 0, dailyGoal: 1 } });
    await recordReveal(Date.parse('2026-11-27T01:30:00Z'), 'UTC');
    expect(await readMergedActivity()).toEqual(new Map([['2026-11-27', 1]]));
  });

  test('starts afresh over a corrupt record of its own instead of failing', async () => {
    await recordReveal(NOON_UTC, 'UTC');
    const [key] = Object.keys(await fakeBrowser.storage.sync.get());
    await fakeBrowser.storage.sync.set({ [key as string]: 'garbage' });
    await recordReveal(NOON_UTC, 'UTC');
    expect(await readMergedActivity()).toEqual(new Map([['2026-11-27', 1]]));
  });
});

describe('readMergedActivity', () => {
  test('merges the logs of every device and skips unreadable ones', async () => {
    await fakeBrowser.storage.sync.set({
      'activity.laptop': encodeActivityLog(new Map([['2026-11-25', 1]])),
      'activity.desktop': encodeActivityLog(new Map([['2026-11-26', 2]])),
      'activity.broken': { v: 9 },
      settings: { dayStartHour: 4 },
    });
    expect(await readMergedActivity()).toEqual(
      new Map([
        ['2026-11-25', 1],
        ['2026-11-26', 2],
      ]),
    );
  });
});

test('watchActivity reports another device’s update until unwatched', async () => {
  let calls = 0;
  const unwatch = watchActivity(() => calls++);
  await fakeBrowser.storage.sync.set({ 'activity.phone': encodeActivityLog(new Map([['2026-11-27', 1]])) });
  await fakeBrowser.storage.sync.set({ settings: {} });
  expect(calls).toBe(1);
  unwatch();
  await fakeBrowser.storage.sync.set({ 'activity.phone': encodeActivityLog(new Map([['2026-11-27', 2]])) });
  expect(calls).toBe(1);
});
