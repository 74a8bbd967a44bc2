import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension, SCREENSHOT_DIR } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { OptionsPage } from './pages/OptionsPage.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  const newTab = new NewTabPage(await session.openNewTab());
  await newTab.revealAnswer();
  await newTab.page.waitForFunction(() => document.querySelector('.streak-count')?.textContent === '1');
});
afterAll(() => session.dispose());

test('the stats page shows the streak and a year of days that a keyboard can walk', async () => {
  const options = new OptionsPage(await session.openOptions());
  await options.stat('Current streak').waitFor();
  expect(await options.stat('Current streak').textContent()).toBe('1');
  expect(await options.stat('Active days').textContent()).toBe('1');
  expect(await options.heatmapCells.count()).toBe(365);

  const today = options.page.locator('[role="gridcell"][tabindex="0"]');
  expect(await today.getAttribute('aria-label')).toMatch(/^1 answer on /);
  await today.focus();
  expect(await options.heatmapDetail.textContent()).toMatch(/^1 answer on /);
  await options.page.keyboard.press('ArrowLeft');
  expect(await options.heatmapDetail.textContent()).toMatch(/^No answers on /);
  const focusedDay = await options.page.evaluate(() => document.activeElement?.getAttribute('data-day'));
  expect(await options.page.locator('[role="gridcell"][tabindex="0"]').getAttribute('data-day')).toBe(focusedDay);

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await options.page.screenshot({
    path: `${SCREENSHOT_DIR}/options-light.png`,
    fullPage: true,
    animations: 'disabled',
  });
  await options.page.emulateMedia({ colorScheme: 'dark' });
  await options.page.screenshot({ path: `${SCREENSHOT_DIR}/options-dark.png`, fullPage: true, animations: 'disabled' });
});

test('a settings change applies to the next new tab', async () => {
  const options = new OptionsPage(await session.openOptions());
  await options.dailyGoal.fill('2');
  await options.dailyGoal.dispatchEvent('change');
  await options.waitForSetting('dailyGoal', 2);
  const stricter = new NewTabPage(await session.openNewTab());
  expect(await stricter.streakText()).toMatch(/^0\s*days streak/);

  await options.hideStreak.check();
  await options.waitForSetting('hideStreak', true);
  const hidden = await session.openNewTab();
  await hidden.locator('[data-streak="loaded"]').waitFor();
  expect(await hidden.locator('.streak').count()).toBe(0);
});
