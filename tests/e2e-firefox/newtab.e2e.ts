import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadBuiltBank } from '../e2e/bank.ts';
import { SCREENSHOT_DIR } from '../e2e/extension.ts';
import { type FirefoxSession, launchFirefoxWithExtension } from './firefox.ts';
import { NewTabPage } from './pages/NewTabPage.ts';

const bank = loadBuiltBank();
let session: FirefoxSession;
let newTab: NewTabPage;

beforeAll(async () => {
  session = await launchFirefoxWithExtension();
  newTab = new NewTabPage(session.newTab);
});
afterAll(() => session?.close());

// One Firefox, one tab, in order: the hook opens a single new tab page per install, and the last
// test takes that tab to the popup's page.
test('the new tab shows a question of the bank', async () => {
  const question = bank.get(await newTab.questionHtml());
  expect(question, 'the heading is a question of the bank').toBeDefined();
  expect(await newTab.page.title()).toMatch(/Backtab/);
  // Opening a new tab writes nothing to sync; only a reveal does (checked below).
  expect(Object.keys(await newTab.syncStorage()).filter((key) => key.startsWith('activity.'))).toEqual([]);
});

test('"Show answer" opens a dialog with that question\'s answer', async () => {
  const question = bank.get(await newTab.questionHtml());
  const dialog = await newTab.revealAnswer();
  const shown = await dialog.$eval('.answer-body', (body) => body.textContent ?? '');
  expect(shown.trim()).not.toBe('');
  expect(shown).toBe(await newTab.renderedText(question?.answerHtml ?? ''));

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await newTab.page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-newtab-answer.png` });
});

test("the revealed answer is kept in storage.sync under this device's activity key", async () => {
  await newTab.waitForSyncKey('activity.');
  const activityKeys = Object.keys(await newTab.syncStorage()).filter((key) => key.startsWith('activity.'));
  expect(activityKeys).toHaveLength(1);
});

test('grading the answer with a key keeps its review in storage.sync', async () => {
  await newTab.page.keyboard.press('3');
  await newTab.waitUntil(() => document.querySelector('.graded')?.textContent?.includes('Graded Good') === true);
  await newTab.waitForSyncKey('reviews.');
});

test('the popup opens on the question the new tab showed and reveals its answer', async () => {
  const shown = await newTab.questionHtml();
  const question = bank.get(shown);
  // Firefox lets an extension page, not automation, navigate to the extension's other pages.
  await newTab.page.evaluate(() => location.assign('/popup.html'));
  const popup = newTab.page;
  await newTab.waitUntil(() => location.pathname === '/popup.html' && document.querySelector('main h1') !== null);
  expect(await popup.$eval('main h1', (heading) => heading.innerHTML)).toBe(shown);

  await newTab.clickButton('Show answer');
  await newTab.waitUntil(() => document.querySelector('.popup-answer:not([hidden]) .answer-body') !== null);
  const text = await popup.$eval('.popup-answer .answer-body', (body) => body.textContent ?? '');
  expect(text).toBe(await newTab.renderedText(question?.answerHtml ?? ''));
});
