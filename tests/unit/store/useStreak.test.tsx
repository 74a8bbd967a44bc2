import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activityStore } from '../../../store/activity.ts';
import { saveSettings } from '../../../store/settings.ts';
import { useStreak } from '../../../store/useStreak.ts';

let shown: ReturnType<typeof useStreak>;
function StreakProbe() {
  shown = useStreak();
  return null;
}

/** Lets the hook's storage reads settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

beforeEach(async () => {
  fakeBrowser.reset();
  // Only Date is faked: the clock jumps as over a computer's sleep, and no timer fires meanwhile.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T21:00:00Z'));
  await saveSettings({ dayStartHour: 0 });
});
afterEach(() => {
  render(null, document.body);
  vi.useRealTimers();
});

test('a page shown again after the computer slept over the day start counts from the new day', async () => {
  render(<StreakProbe />, document.body);
  await settle();
  const evening = shown?.today as string;
  await activityStore().recordReveal(evening);
  await settle();
  expect(shown?.summary.todayDone).toBe(true);

  vi.setSystemTime(Date.now() + 36 * 3_600_000);
  await act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await settle();
  expect(shown?.today).not.toBe(evening);
  expect(shown?.summary.todayDone).toBe(false);
});
