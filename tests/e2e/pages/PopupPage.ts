import type { Locator, Page } from 'playwright-core';

/** What a person sees and does in the toolbar popup. */
export class PopupPage {
  readonly heading: Locator;
  readonly showAnswerButton: Locator;
  readonly skipButton: Locator;
  readonly progress: Locator;
  readonly status: Locator;
  readonly answer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('main h1');
    this.showAnswerButton = page.getByRole('button', { name: 'Show answer' });
    this.skipButton = page.getByRole('button', { name: 'Skip' });
    this.progress = page.locator('.progress');
    this.status = page.locator('.popup-status');
    this.answer = page.getByRole('region', { name: 'Answer' });
  }

  async questionHtml(): Promise<string> {
    await this.heading.waitFor();
    return this.heading.innerHTML();
  }

  /** Waits until the heading shows another question than `previousHtml`. */
  async waitForQuestionOtherThan(previousHtml: string): Promise<string> {
    await this.page.waitForFunction((previous) => {
      const heading = document.querySelector('main h1');
      return heading !== null && heading.innerHTML !== previous;
    }, previousHtml);
    return this.questionHtml();
  }

  /** Whether the question's heading has the focus, where the popup puts it on each new question. */
  headingHasFocus(): Promise<boolean> {
    return this.heading.evaluate((heading) => heading === document.activeElement);
  }

  async revealAnswer(): Promise<void> {
    await this.showAnswerButton.click();
    await this.answer.waitFor({ state: 'visible' });
  }
}
