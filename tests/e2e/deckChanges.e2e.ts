import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadBuiltBank } from './bank.ts';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { DecksSection } from './pages/DecksSection.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { OptionsPage } from './pages/OptionsPage.ts';

const bank = loadBuiltBank();
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session.dispose());

const MINE = ['question,answer', ...Array.from({ length: 6 }, (_, index) => `Deck question ${index + 1}?,Deck answer`)];

test('once a deck is deleted, no new tab shows its cards, planned or not', async () => {
  const optionsPage = await session.openOptions();
  const decks = new DecksSection(optionsPage);
  await decks.fileInput.waitFor({ state: 'attached' });
  await decks.importFile('Mine.csv', MINE.join('\n'));
  await expect.poll(() => decks.result.textContent()).toMatch(/^Added “Mine” with 6 cards/);
  const options = new OptionsPage(optionsPage);
  await options.includeBank.uncheck();
  await options.waitForSetting('includeBank', false);
  // Two tabs, so that the next ones are planned, from the deck.
  for (let tab = 0; tab < 2; tab++) {
    const newTab = new NewTabPage(await session.openNewTab());
    expect(await newTab.questionHtml()).toMatch(/^Deck question/);
    await newTab.page.close();
  }

  await decks.deleteDeck('Mine');

  const newTab = new NewTabPage(await session.openNewTab());
  expect(bank.has(await newTab.questionHtml())).toBe(true);
  await newTab.revealAnswer();
  expect(await newTab.page.getByText('This answer could not be loaded').count()).toBe(0);
});
