import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { loadBuiltBank } from './bank.ts';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { OptionsPage } from './pages/OptionsPage.ts';
import { PopupPage } from './pages/PopupPage.ts';
import { settleTransitions } from './settle.ts';

const bank = loadBuiltBank();
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
        // getAttribute, not className: an SVG element's className is an object.
        const classes = element.getAttribute('class');
        const name = `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}${pseudo ?? ''}`;
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

interface SidewaysOverflow {
  scrolls: number;
  elements: string[];
}

const FITS: SidewaysOverflow = { scrolls: 0, elements: [] };

/**
 * How far a box - the page, or a dialog - can scroll sideways, in CSS pixels, and which of its
 * elements reach past its right edge. A code block is exempt: it scrolls by itself, which WCAG allows
 * for content that needs its lines.
 */
function sidewaysOverflow(page: Page, boxSelector = 'html'): Promise<SidewaysOverflow> {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector);
    if (!box) throw new Error(`No ${selector} on the page`);
    const rightEdge = box === document.documentElement ? box.clientWidth : box.getBoundingClientRect().right;
    const elements = [...box.querySelectorAll('*')]
      .filter((element) => element.getClientRects().length > 0 && element.closest('pre') === null)
      .filter((element) => element.getBoundingClientRect().right > rightEdge + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
    return { scrolls: box.scrollWidth - box.clientWidth, elements };
  }, boxSelector);
}

describe('a window 320 px wide needs no sideways scrolling (WCAG reflow, 400% zoom)', () => {
  const narrow = async (open: () => Promise<Page>) => {
    const page = await open();
    await page.setViewportSize({ width: 320, height: 640 });
    return page;
  };

  test('the new tab, with its answer dialog and all four grades in view', async () => {
    const newTab = new NewTabPage(await narrow(() => session.openNewTab()));
    await newTab.streakText();
    await newTab.revealAnswer();
    expect(await sidewaysOverflow(newTab.page)).toEqual(FITS);
    expect(await sidewaysOverflow(newTab.page, 'dialog')).toEqual(FITS);
  });

  test('every question and answer of the bank, in the new tab and its dialog', async () => {
    const newTab = new NewTabPage(await narrow(() => session.openNewTab()));
    await newTab.questionHtml();
    await newTab.revealAnswer();
    const misfits: string[] = [];
    // One page shows each question in turn: a long word or a wide table in any of them would show here.
    for (const question of bank.values()) {
      await newTab.page.evaluate(({ questionHtml, answerHtml }) => {
        for (const heading of document.querySelectorAll('.question-text')) heading.innerHTML = questionHtml;
        const answerBody = document.querySelector('dialog .answer-body');
        if (answerBody) answerBody.innerHTML = answerHtml;
      }, question);
      for (const box of ['html', 'dialog']) {
        const overflow = await sidewaysOverflow(newTab.page, box);
        if (overflow.scrolls > 0 || overflow.elements.length > 0)
          misfits.push(`${question.id} in ${box}: ${overflow.elements}`);
      }
    }
    expect(misfits).toEqual([]);
  });

  test('quick review in a tab, with its answer shown', async () => {
    const review = new PopupPage(
      await narrow(async () => {
        const page = await session.context.newPage();
        await page.goto(`chrome-extension://${session.extensionId}/popup.html?drill=http`);
        return page;
      }),
    );
    await review.revealAnswer();
    expect(await sidewaysOverflow(review.page)).toEqual(FITS);
  });

  test('the options page, stats and mastery included', async () => {
    const options = new OptionsPage(await narrow(() => session.openOptions()));
    await options.heatmapCells.first().waitFor();
    await options.page.locator('.mastery').waitFor();
    expect(await sidewaysOverflow(options.page)).toEqual(FITS);
  });

  test('the welcome page', async () => {
    const welcome = await narrow(async () => {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/welcome.html`);
      return page;
    });
    await welcome.getByRole('button', { name: 'Show answer' }).click();
    expect(await sidewaysOverflow(welcome)).toEqual(FITS);
  });
});
