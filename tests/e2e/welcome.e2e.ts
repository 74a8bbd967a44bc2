import { mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderedText } from './answers.ts';
import { axeViolations } from './axe.ts';
import { loadBuiltBank } from './bank.ts';
import { type ExtensionSession, launchExtension, SCREENSHOT_DIR } from './extension.ts';
import { WelcomePage } from './pages/WelcomePage.ts';
import { settleTransitions } from './settle.ts';

const bank = loadBuiltBank();
let session: ExtensionSession;
let welcome: WelcomePage;

beforeAll(async () => {
  session = await launchExtension();
  welcome = await WelcomePage.find(session.context);
});
afterAll(async () => {
  await session.context.close();
  rmSync(session.userDataDir, { recursive: true, force: true });
});

test('installing into a fresh profile opens the welcome page, once', async () => {
  await welcome.heading.waitFor();
  expect(await welcome.heading.textContent()).toBe('Welcome to Backtab');
  expect(await welcome.page.title()).toBe('Welcome to Backtab');
  expect(WelcomePage.openIn(session.context)).toHaveLength(1);
});

test('offers a first question of the bank and reveals its answer in place', async () => {
  await welcome.question.waitFor();
  const question = bank.get(await welcome.question.innerHTML());
  expect(question, 'the question is one of the bank').toBeDefined();
  await welcome.showAnswerButton.click();
  await welcome.answer.waitFor({ state: 'visible' });
  const answerBody = welcome.answer.locator('.answer-body');
  expect(await answerBody.textContent()).toBe(await renderedText(answerBody, question?.answerHtml ?? ''));
  expect(await welcome.page.getByRole('button', { name: 'Hide answer' }).getAttribute('aria-expanded')).toBe('true');
});

test('gives the popup’s shortcut and how to get each browser’s own new tab back', async () => {
  expect(await welcome.shortcut.locator('kbd').allTextContents()).toEqual(['Alt', 'Shift', 'Q']);
  const text = (await welcome.page.locator('main').textContent()) ?? '';
  for (const expected of [
    'chrome://extensions/shortcuts',
    'chrome://extensions',
    'edge://extensions',
    'about:addons',
    'turns off the whole extension',
    'Snooze Backtab from the popup or its settings',
  ]) {
    expect(text).toContain(expected);
  }
  // The browser it runs in has its instructions open.
  expect(await welcome.page.locator('details[open] summary').allTextContents()).toEqual(['Chrome']);
});

test('"Open a new tab" opens Backtab’s new tab', async () => {
  const [page] = await Promise.all([session.context.waitForEvent('page'), welcome.openNewTabButton.click()]);
  await page.locator('main h1').waitFor();
  expect(bank.has(await page.locator('main h1').innerHTML())).toBe(true);
  await page.close();
});

test('looks right in light and dark, and axe finds nothing to fix in either', async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await welcome.page.emulateMedia({ colorScheme: 'light' });
  await settleTransitions(welcome.page);
  expect(await axeViolations(welcome.page)).toEqual([]);
  await welcome.page.screenshot({
    path: `${SCREENSHOT_DIR}/welcome-light.png`,
    fullPage: true,
    animations: 'disabled',
  });
  await welcome.page.emulateMedia({ colorScheme: 'dark' });
  const background = await welcome.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(18, 20, 24)');
  await settleTransitions(welcome.page);
  expect(await axeViolations(welcome.page)).toEqual([]);
  await welcome.page.screenshot({ path: `${SCREENSHOT_DIR}/welcome-dark.png`, fullPage: true, animations: 'disabled' });
});

test('starting the browser again does not open it again', async () => {
  // Closed first, so that a tab the browser restores from the last session cannot pass for a new one.
  await welcome.page.close();
  await session.context.close();
  session = await launchExtension({ userDataDir: session.userDataDir });
  // The install event would have fired by the time the first new tab is ready; give it a moment more.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(WelcomePage.openIn(session.context)).toHaveLength(0);
});
