import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TAKE_OVER_STARTED_MARK } from '../../components/firstPaint.ts';
import { renderedText } from './answers.ts';
import { loadBuiltBank } from './bank.ts';
import { type ExtensionSession, launchExtension, SCREENSHOT_DIR } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import {
  holdTakeOver,
  inputAndTakeOverTimes,
  markFirstInput,
  takenOverTime,
  waitForPlannedQuestions,
} from './takeOver.ts';

const bank = loadBuiltBank();
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session.dispose());

describe('the new tab', () => {
  test('shows a question of the bank as its heading, with topic and level, under a title', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    const question = bank.get(await newTab.questionHtml());
    expect(question, 'the heading is a question of the bank').toBeDefined();
    const labels = (await newTab.topicAndLevel()).map((label) => label.toLowerCase());
    expect(labels).toContain(question?.level);
    expect(await newTab.page.title()).toMatch(/Backtab/);
  });

  test('loads the rest of itself only once Chromium reports its first view on screen', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    await takenOverTime(newTab.page);
    const { started, onScreen } = await newTab.page.evaluate((mark) => {
      return {
        started: performance.getEntriesByName(mark)[0]?.startTime,
        // Chromium records it with the time the frame was presented, once it has been.
        onScreen: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      };
    }, TAKE_OVER_STARTED_MARK);
    expect(onScreen).toBeTypeOf('number');
    expect(started).toBeGreaterThanOrEqual(onScreen ?? Number.POSITIVE_INFINITY);
  });

  test('a click on "Show answer" that comes before the page has taken over still opens the answer', async () => {
    // A tab that has planned the next question, so the next one shows it at once, with its buttons.
    const earlier = new NewTabPage(await session.openNewTab());
    await earlier.questionHtml();
    await waitForPlannedQuestions(earlier.page, 1);
    await earlier.page.close();

    const page = await session.context.newPage();
    const takeOver = await holdTakeOver(session.context, page);
    await markFirstInput(page);
    await page.goto('chrome://newtab', { waitUntil: 'commit' });
    const newTab = new NewTabPage(page);
    await newTab.showAnswerButton.click();
    await takeOver.release();
    await newTab.dialog.waitFor({ state: 'visible', timeout: 10_000 });

    const { input, takenOver } = await inputAndTakeOverTimes(page);
    expect(takenOver).toBeGreaterThan(input ?? Number.POSITIVE_INFINITY);
    const question = bank.get(await newTab.questionHtml());
    const answerBody = newTab.dialog.locator('.answer-body');
    expect(await answerBody.textContent()).toBe(await renderedText(answerBody, question?.answerHtml ?? ''));
    await page.close();
  });

  test('a grade key pressed the moment the answer shows is not ignored', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    await takenOverTime(newTab.page);

    // 3 comes in the same task as the render that shows the answer, before any frame.
    await newTab.page.evaluate(() => {
      new MutationObserver((_changes, observer) => {
        if (!document.querySelector('dialog .answer-body')) return;
        observer.disconnect();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
      }).observe(document.body, { childList: true, subtree: true });
    });
    await newTab.showAnswerButton.click();
    await newTab.page.locator('.graded').getByText('Graded Good').waitFor({ timeout: 10_000 });
  });

  test('reveals the answer in a dialog that takes focus, closes on Esc and gives focus back', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    const question = bank.get(await newTab.questionHtml());
    await newTab.revealAnswer();

    const answerBody = newTab.dialog.locator('.answer-body');
    expect(await answerBody.textContent()).toBe(await renderedText(answerBody, question?.answerHtml ?? ''));
    expect(await newTab.page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

    await newTab.page.keyboard.press('Escape');
    await newTab.dialog.waitFor({ state: 'hidden' });
    expect(await newTab.showAnswerButton.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  test('"Next question" by keyboard gives the focus to the new question, then Tab to its Show answer', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    const first = await newTab.questionHtml();
    await newTab.nextQuestionButton.focus();
    await newTab.page.keyboard.press('Enter');
    await newTab.page.waitForFunction((previous) => document.querySelector('main h1')?.innerHTML !== previous, first);
    // The button pressed is gone with the old question: without the move the focus falls to the body.
    expect(await newTab.headingHasFocus()).toBe(true);
    await newTab.page.keyboard.press('Tab');
    expect(await newTab.showAnswerButton.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  test('its settings link leads to the settings and stats', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    await newTab.questionHtml();
    await newTab.page.getByRole('link', { name: 'Settings and stats' }).click();
    await newTab.page.getByRole('heading', { name: 'Your practice' }).waitFor();
    expect(newTab.page.url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
  });

  test('shows another question on "Next question"', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    const first = await newTab.questionHtml();
    await newTab.nextQuestionButton.click();
    await newTab.page.waitForFunction((previous) => document.querySelector('main h1')?.innerHTML !== previous, first);
    expect(bank.has(await newTab.questionHtml())).toBe(true);
  });

  test('never shows the question of the tab opened just before it', async () => {
    let previous = '';
    for (let tab = 0; tab < 8; tab++) {
      const newTab = new NewTabPage(await session.openNewTab());
      const shown = await newTab.questionHtml();
      expect(shown).not.toBe(previous);
      previous = shown;
      await newTab.page.close();
    }
  });

  test('looks right in light and dark (screenshots)', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const light = new NewTabPage(await session.openNewTab());
    await light.streakText();
    await light.page.screenshot({ path: `${SCREENSHOT_DIR}/newtab-light.png`, animations: 'disabled' });
    await light.revealAnswer();
    await light.page.screenshot({ path: `${SCREENSHOT_DIR}/newtab-answer-light.png`, animations: 'disabled' });

    const dark = new NewTabPage(await session.openNewTab());
    await dark.page.emulateMedia({ colorScheme: 'dark' });
    await dark.streakText();
    const background = await dark.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 20, 24)');
    await dark.page.screenshot({ path: `${SCREENSHOT_DIR}/newtab-dark.png`, animations: 'disabled' });
    await dark.revealAnswer();
    await dark.page.screenshot({ path: `${SCREENSHOT_DIR}/newtab-answer-dark.png`, animations: 'disabled' });
  });
});
