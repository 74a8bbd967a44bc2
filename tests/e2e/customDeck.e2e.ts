import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { DecksSection } from './pages/DecksSection.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { OptionsPage } from './pages/OptionsPage.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session.dispose());

const DECK = ['#separator:tab', 'What is our on-call rotation length?\tOne week, handed over on Mondays.', ''].join(
  '\n',
);

test("a custom deck's card appears on a new tab, with its answer, once the built-in questions are off", async () => {
  const optionsPage = await session.openOptions();
  const decks = new DecksSection(optionsPage);
  await decks.fileInput.waitFor({ state: 'attached' });
  await decks.importFile('Team facts.txt', DECK);
  await expect.poll(() => decks.result.textContent()).toMatch(/^Added “Team facts” with 1 card/);

  const options = new OptionsPage(optionsPage);
  await options.includeBank.uncheck();
  await options.waitForSetting('includeBank', false);

  const newTab = new NewTabPage(await session.openNewTab());
  expect(await newTab.heading.textContent()).toBe('What is our on-call rotation length?');
  expect(await newTab.page.locator('main .chip-deck').textContent()).toContain('Team facts');
  await newTab.revealAnswer();
  expect(await newTab.dialog.locator('.answer-body').textContent()).toContain('One week, handed over on Mondays.');

  // With the deck switched off, the built-in questions come back rather than an empty page.
  await decks.deckSwitch('Team facts').click();
  await expect.poll(() => decks.deckSwitch('Team facts').isChecked()).toBe(false);
  const fallback = new NewTabPage(await session.openNewTab());
  expect(await fallback.heading.textContent()).not.toBe('What is our on-call rotation length?');
});
