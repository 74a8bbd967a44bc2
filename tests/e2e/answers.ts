import type { Locator } from 'playwright-core';

/** The text an answer's HTML renders to, worked out by the browser itself, to compare with a page. */
export async function renderedText(where: Locator, html: string): Promise<string> {
  return where.evaluate((_, markup) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    return template.content.textContent ?? '';
  }, html);
}
