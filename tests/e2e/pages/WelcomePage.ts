import type { BrowserContext, Locator, Page } from 'playwright-core';

/** The page Backtab opens once, on install. */
export class WelcomePage {
  readonly heading: Locator;
  readonly question: Locator;
  readonly showAnswerButton: Locator;
  readonly answer: Locator;
  readonly openNewTabButton: Locator;
  readonly shortcut: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.question = page.locator('.sample-question .question-text');
    this.showAnswerButton = page.getByRole('button', { name: 'Show answer' });
    this.answer = page.getByRole('region', { name: 'Answer' });
    this.openNewTabButton = page.getByRole('button', { name: 'Open a new tab' });
    this.shortcut = page
      .locator('section', { has: page.getByRole('heading', { name: /keyboard/ }) })
      .locator('p')
      .first();
  }

  static isWelcome(page: Page): boolean {
    return /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/.test(page.url());
  }

  /** The welcome tabs open in `context` right now. */
  static openIn(context: BrowserContext): Page[] {
    return context.pages().filter((page) => WelcomePage.isWelcome(page));
  }

  /** The welcome tab the extension opened by itself, waiting for it if it is not there yet. */
  static async find(context: BrowserContext, timeoutMs = 15_000): Promise<WelcomePage> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const [page] = WelcomePage.openIn(context);
      if (page) return new WelcomePage(page);
      // A tab starts on about:blank and commits its URL a moment later, so this polls instead of
      // trusting the URL a 'page' event reports.
      await context.waitForEvent('page', { timeout: 500 }).catch(() => undefined);
    }
    throw new Error(
      `No welcome tab within ${timeoutMs} ms; open tabs: ${context
        .pages()
        .map((page) => page.url())
        .join(', ')}`,
    );
  }
}
