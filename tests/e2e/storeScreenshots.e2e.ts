import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { PopupPage } from './pages/PopupPage.ts';

/** Where the store listing's screenshots are written; README's "Release it" points here. */
const STORE_DIR = resolve('test-results/store');
/** The Chrome Web Store takes 1280x800 or 640x400; addons.mozilla.org and Edge take these too. */
const STORE_SIZE = { width: 1280, height: 800 };

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  // A few graded questions, so the streak and the stats are those of someone using Backtab.
  for (let tab = 0; tab < 3; tab++) {
    const newTab = new NewTabPage(await session.openNewTab());
    await newTab.questionHtml();
    await newTab.revealAnswer();
    await newTab.page.keyboard.press('3');
    await newTab.page.locator('.graded').getByText('Graded Good').waitFor();
    await newTab.page.close();
  }
});
afterAll(() => session.dispose());

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(STORE_DIR, { recursive: true });
  const path = join(STORE_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  // A PNG's IHDR chunk holds the width and the height at bytes 16 and 20.
  const png = readFileSync(path);
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, name).toEqual(STORE_SIZE);
}

test('the store screenshots: the new tab, its answer, dark mode, quick review and the stats, at 1280x800', async () => {
  const light = new NewTabPage(await session.openNewTab());
  await light.questionHtml();
  expect(await light.streakText()).toMatch(/1/);
  await shoot(light.page, '1-new-tab');
  await light.revealAnswer();
  await shoot(light.page, '2-answer');

  const dark = new NewTabPage(await session.openNewTab());
  await dark.page.emulateMedia({ colorScheme: 'dark' });
  await dark.questionHtml();
  await dark.streakText();
  await shoot(dark.page, '3-new-tab-dark');

  // Quick review of one topic, as the options page opens it: the popup's page, filling a tab.
  const drillPage = await session.context.newPage();
  await drillPage.setViewportSize(STORE_SIZE);
  await drillPage.goto(`chrome-extension://${session.extensionId}/popup.html?drill=http`);
  const review = new PopupPage(drillPage);
  await review.questionHtml();
  await review.revealAnswer();
  await shoot(drillPage, '4-quick-review');

  const options = await session.openOptions();
  await options.locator('[role="gridcell"][data-day]').first().waitFor();
  await shoot(options, '5-stats');
});
