import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { PopupPage } from './pages/PopupPage.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session.dispose());

describe.each(['light', 'dark'] as const)('axe finds nothing to fix, %s', (colorScheme) => {
  test('on the new tab and its answer dialog', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    await newTab.page.emulateMedia({ colorScheme });
    // The streak is the last part to arrive: once it shows, the page is complete.
    await newTab.streakText();
    expect(await axeViolations(newTab.page)).toEqual([]);

    await newTab.revealAnswer();
    expect(await axeViolations(newTab.page)).toEqual([]);
  });

  test('in the popup with its answer shown', async () => {
    await (await session.openNewTab()).close();
    const popup = new PopupPage(await session.openPopup());
    await popup.page.emulateMedia({ colorScheme });
    await popup.questionHtml();
    expect(await axeViolations(popup.page)).toEqual([]);

    await popup.revealAnswer();
    expect(await axeViolations(popup.page)).toEqual([]);
  });
});

test('the answer dialog opens without animation for those who ask for reduced motion', async () => {
  const animationName = (newTab: NewTabPage) =>
    newTab.dialog.evaluate((dialog) => getComputedStyle(dialog).animationName);

  const moving = new NewTabPage(await session.openNewTab());
  await moving.page.emulateMedia({ reducedMotion: 'no-preference' });
  await moving.revealAnswer();
  // The control: without the preference the dialog does animate, so the check below can fail.
  expect(await animationName(moving)).not.toBe('none');

  const still = new NewTabPage(await session.openNewTab());
  await still.page.emulateMedia({ reducedMotion: 'reduce' });
  await still.showAnswerButton.click();
  await still.dialog.waitFor({ state: 'visible' });
  expect(await animationName(still)).toBe('none');
  expect(await still.dialog.evaluate((dialog) => dialog.getAnimations({ subtree: true }).length)).toBe(0);
});
