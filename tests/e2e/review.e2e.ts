import { afterAll, beforeAll, expect, test } from 'vitest';
import { SHOWN_QUESTIONS_KEY } from '../../store/shownQuestions.ts';
import { loadBuiltBank } from './bank.ts';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { OptionsPage } from './pages/OptionsPage.ts';
import { PopupPage } from './pages/PopupPage.ts';
import { readStorage } from './storage.ts';
import { takenOverTime } from './takeOver.ts';

const bank = loadBuiltBank();
const idOf = (questionHtml: string) => bank.get(questionHtml)?.id;
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session.dispose());

test('quick review in the popup works from the keyboard alone: reveal, grade, skip, undo', async () => {
  const newTab = new NewTabPage(await session.openNewTab());
  const first = await newTab.questionHtml();
  const popup = new PopupPage(await session.openPopup());
  expect(await popup.questionHtml()).toBe(first);

  await popup.page.keyboard.press('Space');
  await popup.answer.waitFor({ state: 'visible' });
  await popup.page.keyboard.press('3');
  const second = await popup.waitForQuestionOtherThan(first);
  expect(await popup.status.textContent()).toContain('Graded Good');
  // The next question's heading takes the focus from the grade, so a screen reader reads it.
  expect(await popup.headingHasFocus()).toBe(true);
  const { reviewStates } = await readStorage(popup.page, 'local', 'reviewStates');
  expect(Object.keys(reviewStates as object)).toEqual([idOf(first)]);

  await popup.page.keyboard.press('n');
  const third = await popup.waitForQuestionOtherThan(second);
  expect(bank.has(third)).toBe(true);
  expect(await popup.headingHasFocus()).toBe(true);

  expect(await popup.progress.textContent()).toContain('Question 3 of 3');

  await popup.page.keyboard.press('u');
  expect(await popup.waitForQuestionOtherThan(third)).toBe(first);
  // Back to where the first question stands, not a copy of it added to the review.
  expect(await popup.progress.textContent()).toContain('Question 1 of 3');
  expect(await popup.answer.isHidden()).toBe(true);
  expect(await popup.headingHasFocus()).toBe(true);
  expect(await readStorage(popup.page, 'local', 'reviewStates')).toEqual({ reviewStates: {} });

  await popup.page.keyboard.press('Enter');
  await popup.answer.waitFor({ state: 'visible' });
  await popup.page.keyboard.press('4');
  await popup.waitForQuestionOtherThan(first);
  expect(await popup.status.textContent()).toContain('Graded Easy');
});

test('a grade key pressed the moment the answer shows in the popup is not ignored', async () => {
  await new NewTabPage(await session.openNewTab()).questionHtml();
  const popup = new PopupPage(await session.openPopup());
  await takenOverTime(popup.page);

  // Space reveals; 4 comes in the same task as the render that shows the answer, before any frame.
  await popup.page.evaluate(() => {
    const answer = document.getElementById('popup-answer');
    const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    new MutationObserver((_changes, observer) => {
      if (answer?.hidden !== false) return;
      observer.disconnect();
      press('4');
    }).observe(answer ?? document.body, { attributes: true, attributeFilter: ['hidden'] });
    press(' ');
  });
  await popup.status.getByText('Graded Easy').waitFor({ timeout: 10_000 });
});

test('a question graded Easy stays away from the next new tabs, while due ones come back', async () => {
  const graded = new NewTabPage(await session.openNewTab());
  const easy = await graded.questionHtml();
  await graded.revealAnswer();
  await graded.page.keyboard.press('4');
  await graded.page.locator('.graded').getByText('Graded Easy').waitFor();

  // Three other questions, none shown lately, were last reviewed a month ago, due after five days: overdue now.
  const recentIds = await graded.page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '{}').recentIds ?? []) as string[],
    SHOWN_QUESTIONS_KEY,
  );
  const dueIds = [...bank.values()]
    .map((question) => question.id)
    .filter((id) => id !== idOf(easy) && !recentIds.includes(id))
    .slice(0, 3);
  await graded.page.evaluate(async (ids) => {
    const storage = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: {
              get(k: string): Promise<Record<string, Record<string, unknown>>>;
              set(items: object): Promise<void>;
            };
          };
        };
      }
    ).chrome.storage.local;
    const { reviewStates } = await storage.get('reviewStates');
    const monthAgo = Date.now() - 30 * 86_400_000;
    const overdue = {
      lastReview: monthAgo,
      scheduledDays: 5,
      stability: 5,
      difficulty: 5,
      reps: 2,
      lapses: 0,
      state: 2,
    };
    await storage.set({ reviewStates: { ...reviewStates, ...Object.fromEntries(ids.map((id) => [id, overdue])) } });
  }, dueIds);
  // No new questions today: only what is due may show.
  const options = new OptionsPage(await session.openOptions());
  await options.newPerDay.fill('0');
  await options.newPerDay.dispatchEvent('change');
  await options.waitForSetting('newPerDay', 0);

  const shown: string[] = [];
  for (let tab = 0; tab < 3; tab++) {
    const newTab = new NewTabPage(await session.openNewTab());
    shown.push(idOf(await newTab.questionHtml()) ?? 'not in the bank');
  }
  expect(shown.sort()).toEqual([...dueIds].sort());

  const caughtUp = await session.openNewTab();
  await caughtUp.getByRole('heading', { name: 'All caught up' }).waitFor();
  await caughtUp.getByRole('button', { name: 'Practice anyway' }).click();
  const practice = new NewTabPage(caughtUp);
  const practiced = await practice.questionHtml();
  expect(practiced).not.toBe(easy);

  // The popup opens on that question, as practice still: a grade there would bring in a new question
  // the budget of 0 forbids, or reschedule one that is not due.
  const popup = new PopupPage(await session.openPopup());
  expect(await popup.questionHtml()).toBe(practiced);
  await popup.revealAnswer();
  await popup.page.getByText('Practice only: not graded.').waitFor();
  expect(await popup.page.getByRole('button', { name: /^Good/ }).count()).toBe(0);
});
