import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../core/badge.ts';
import { dayOf, nextDayStart } from '../core/dates.ts';
import { summariseStreak } from '../core/streak.ts';
import { activityStore } from '../store/activity.ts';
import { browserAreas } from '../store/areas.ts';
import { applyResetFromElsewhere } from '../store/reset.ts';
import { reviewStore } from '../store/reviews.ts';
import { readSettings } from '../store/settings.ts';
import { createSyncWriter, SYNC_STATUS_KEY } from '../store/syncWriter.ts';
import { claimWelcome } from '../store/welcome.ts';

const DAY_ROLLOVER_ALARM = 'day-rollover';
const SYNC_RETRY_ALARM = 'sync-retry';

/** Keeps the toolbar badge on the current streak, and retries sync writes the quota refused. */
export default defineBackground(() => {
  const writer = createSyncWriter(browserAreas());

  const refreshBadge = async () => {
    const [settings, history] = await Promise.all([readSettings(), activityStore().readMerged()]);
    const now = Date.now();
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const badge = badgeFor(summariseStreak(history, dayOf(now, timeZone, settings.dayStartHour), settings), settings);
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setBadgeBackgroundColor({ color: badge.color });
    await browser.action.setTitle({ title: badge.title });
    // At the next day start the streak may turn "at risk" or end, with no storage change to say so.
    await browser.alarms.create(DAY_ROLLOVER_ALARM, { when: nextDayStart(now, timeZone, settings.dayStartHour) });
  };

  const retrySync = async () => {
    if (await writer.flush()) await browser.alarms.clear(SYNC_RETRY_ALARM);
  };

  browser.runtime.onInstalled.addListener(() => void refreshBadge());
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // Once, on a fresh install: never on updates or browser updates.
    if (reason === 'install' && (await claimWelcome())) {
      // A path resolves against the extension's own origin.
      await browser.tabs.create({ url: '/welcome.html' });
    }
  });
  browser.runtime.onStartup.addListener(() => {
    void applyResetFromElsewhere().then(refreshBadge);
    void retrySync();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAY_ROLLOVER_ALARM) void refreshBadge();
    if (alarm.name === SYNC_RETRY_ALARM) void retrySync();
  });
  browser.storage.onChanged.addListener((changes, areaName) => {
    const keys = Object.keys(changes);
    if (areaName === 'sync' || keys.includes('activityLog')) void refreshBadge();
    if (areaName === 'sync' && keys.includes('settings')) void applyResetFromElsewhere();
    // Another device's later reviews make this device's older copies in sync redundant: drop them.
    if (areaName === 'sync' && keys.some((key) => key.startsWith('reviews.'))) void reviewStore().mirrorToSync();
    if (areaName === 'local' && changes[SYNC_STATUS_KEY]?.newValue) {
      // The sync write quota is counted per minute; retrying sooner would only spend it again.
      void browser.alarms.create(SYNC_RETRY_ALARM, { periodInMinutes: 1 });
    }
  });
});
