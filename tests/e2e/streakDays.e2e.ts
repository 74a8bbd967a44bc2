import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { readStorage } from './storage.ts';

/**
 * Days as a person in Berlin lives them, with the page clock under the test's control. Europe/Berlin
 * springs forward in the night to Sunday 29 March 2026 (02:00 becomes 03:00).
 */
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension({ timezoneId: 'Europe/Berlin' });
  await session.context.clock.install({ time: new Date('2026-03-27T19:00:00+01:00') });
});
afterAll(() => session.dispose());

async function openNewTabAt(localTime: string): Promise<NewTabPage> {
  await session.context.clock.setSystemTime(new Date(localTime));
  return new NewTabPage(await session.openNewTab());
}

async function streakAfterReveal(newTab: NewTabPage, expected: number): Promise<void> {
  await newTab.revealAnswer();
  await newTab.page.waitForFunction(
    (count) => document.querySelector('.streak-count')?.textContent === String(count),
    expected,
  );
}

test('reveals on consecutive days build a streak that a DST night and a late night do not break', async () => {
  const friday = await openNewTabAt('2026-03-27T19:00:00+01:00');
  expect(await friday.streakText()).toMatch(/^0\s*days streak/);
  await streakAfterReveal(friday, 1);

  const saturday = await openNewTabAt('2026-03-28T21:00:00+01:00');
  await streakAfterReveal(saturday, 2);
  expect(await saturday.streakText()).toContain('done today');

  // Sunday, the DST day: a tab opened but nothing revealed. The streak holds, at risk.
  const sunday = await openNewTabAt('2026-03-29T10:00:00+02:00');
  expect(await sunday.streakText()).toMatch(/^2\s*days streak.*keep it/);
  expect(await sunday.streak.getAttribute('class')).toContain('streak-at-risk');

  // 01:30 on Monday is still Sunday's evening, with the default 04:00 day start.
  const lateNight = await openNewTabAt('2026-03-30T01:30:00+02:00');
  await streakAfterReveal(lateNight, 3);
  expect(await lateNight.streakText()).toContain('done today');
  const { activityLog } = await readStorage(lateNight.page, 'local', 'activityLog');
  const days = activityLog as { start: string; counts: string };
  expect(days.start).toBe('2026-03-27');
  expect(days.counts).toHaveLength(3); // 27, 28 and 29 March: nothing on the 30th

  // Later on Monday the streak is 3 and at risk again until Monday gets its own answer.
  const monday = await openNewTabAt('2026-03-30T09:00:00+02:00');
  expect(await monday.streakText()).toMatch(/^3\s*days streak.*keep it/);
});
