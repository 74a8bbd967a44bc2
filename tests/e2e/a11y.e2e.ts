import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { OptionsPage } from './pages/OptionsPage.ts';
import { PopupPage } from './pages/PopupPage.ts';
import { settleTransitions } from './settle.ts';

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
    await settleTransitions(newTab.page);
    expect(await axeViolations(newTab.page)).toEqual([]);

    await newTab.revealAnswer();
    expect(await axeViolations(newTab.page)).toEqual([]);
  });

  test('in the popup with its answer shown', async () => {
    await (await session.openNewTab()).close();
    const popup = new PopupPage(await session.openPopup());
    await popup.page.emulateMedia({ colorScheme });
    await popup.questionHtml();
    await settleTransitions(popup.page);
    expect(await axeViolations(popup.page)).toEqual([]);

    await popup.revealAnswer();
    expect(await axeViolations(popup.page)).toEqual([]);
  });
});

/**
 * Every element, or pseudo-element, of the page that would move: a transition or an animation
 * longer than zero. Reduced motion must leave this empty; it is computed style, so it covers what
 * hover, focus or a theme switch would set in motion later, not only what runs now.
 */
function elementsInMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lasts = (durations: string) => durations.split(',').some((duration) => Number.parseFloat(duration) > 0);
    const moving: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const animated = style.animationName !== 'none' && lasts(style.animationDuration);
        if (!lasts(style.transitionDuration) && !animated) continue;
        const name = `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''}${pseudo ?? ''}`;
        moving.push(`${name}: ${animated ? style.animationName : style.transitionProperty}`);
      }
    }
    return moving;
  });
}

describe('nothing moves for those who ask for reduced motion', () => {
  test('the check finds the motion others get, so it can fail', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    await newTab.page.emulateMedia({ reducedMotion: 'no-preference' });
    await newTab.revealAnswer();
    expect(await elementsInMotion(newTab.page)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^button\.button/), expect.stringMatching(/^dialog.*dialog-in/)]),
    );
  });

  test('on the new tab, with its answer dialog open', async () => {
    const newTab = new NewTabPage(await session.openNewTab());
    await newTab.page.emulateMedia({ reducedMotion: 'reduce' });
    await newTab.streakText();
    await newTab.revealAnswer();
    expect(await elementsInMotion(newTab.page)).toEqual([]);
  });

  test('in the popup, with its answer shown', async () => {
    const popup = new PopupPage(await session.openPopup());
    await popup.page.emulateMedia({ reducedMotion: 'reduce' });
    await popup.revealAnswer();
    expect(await elementsInMotion(popup.page)).toEqual([]);
  });

  test('on the options page, stats, decks and backup included', async () => {
    const options = new OptionsPage(await session.openOptions());
    await options.page.emulateMedia({ reducedMotion: 'reduce' });
    await options.heatmapCells.first().waitFor();
    await options.page.getByRole('heading', { name: 'Backup' }).waitFor();
    expect(await elementsInMotion(options.page)).toEqual([]);
  });

  test('on the welcome page', async () => {
    const welcome = await session.context.newPage();
    await welcome.emulateMedia({ reducedMotion: 'reduce' });
    await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
    await welcome.getByRole('button', { name: 'Show answer' }).click();
    expect(await elementsInMotion(welcome)).toEqual([]);
  });
});
