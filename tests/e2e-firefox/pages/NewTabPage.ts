import type { ElementHandle, Page } from 'puppeteer-core';

interface ExtensionGlobals {
  browser: { storage: { sync: { get(): Promise<Record<string, unknown>> } } };
}

/** How often a wait in the page checks again: see clickButton. */
const POLLING = { polling: 100 };

/** What a person sees and does on the new tab, in Firefox. */
export class NewTabPage {
  constructor(readonly page: Page) {}

  async questionHtml(): Promise<string> {
    const heading = await this.page.waitForSelector('main h1');
    return (await heading?.evaluate((element) => element.innerHTML)) ?? '';
  }

  async revealAnswer(): Promise<ElementHandle<HTMLDialogElement>> {
    await this.clickButton('Show answer');
    await this.page.waitForFunction(() => document.querySelector('dialog')?.open === true, POLLING);
    const dialog = await this.page.$('dialog');
    if (!dialog) throw new Error('No answer dialog appeared after "Show answer".');
    // Let the opening animation finish, so what a screenshot shows is what a person sees.
    await dialog.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    return dialog;
  }

  /**
   * Clicks the button named `name`. Puppeteer's locators wait for the button to hold still across
   * animation frames, and its default polling runs on animation frames too; over WebDriver BiDi in
   * headless Firefox each of those took seconds, so this clicks the element and polls on a timer.
   */
  async clickButton(name: string): Promise<void> {
    const button = await this.page.waitForSelector(`::-p-aria(${name}[role="button"])`);
    if (!button) throw new Error(`No "${name}" button.`);
    await button.click();
  }

  /** Waits until `predicate`, run in the page, is true. */
  async waitUntil(predicate: () => boolean): Promise<void> {
    await this.page.waitForFunction(predicate, POLLING);
  }

  /** The text an answer's HTML renders to, worked out by Firefox itself, to compare with the dialog. */
  renderedText(html: string): Promise<string> {
    return this.page.evaluate((markup) => {
      const template = document.createElement('template');
      template.innerHTML = markup;
      return template.content.textContent ?? '';
    }, html);
  }

  /** Everything the extension keeps in storage.sync, read from the extension page itself. */
  syncStorage(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() => (globalThis as unknown as ExtensionGlobals).browser.storage.sync.get());
  }

  async waitForSyncKey(prefix: string): Promise<void> {
    await this.page.waitForFunction(
      async (keyPrefix: string) => {
        const stored = await (globalThis as unknown as ExtensionGlobals).browser.storage.sync.get();
        return Object.keys(stored).some((key) => key.startsWith(keyPrefix));
      },
      POLLING,
      prefix,
    );
  }
}
