import type { Page } from 'playwright-core';

/** The text of the element that has the focus, or "body" when nothing has: where a keyboard user is left. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    document.activeElement === document.body ? 'body' : (document.activeElement?.textContent ?? ''),
  );
}
