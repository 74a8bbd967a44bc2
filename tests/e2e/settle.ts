import type { Page } from 'playwright-core';

/**
 * Waits for running CSS transitions and animations. After a colour scheme switch, buttons fade their
 * background for 120 ms while their text colour changes at once; a contrast check in between would
 * measure a mix of the two schemes.
 */
export async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}
