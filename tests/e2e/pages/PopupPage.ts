import type { Locator, Page } from 'playwright-core';

/** What a person sees and does in the toolbar popup. */
export class PopupPage {
  readonly heading: Locator;
  readonly showAnswerButton: Locator;
  readonly nextQuestionButton: Locator;
  readonly answer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('main h1');
    this.showAnswerButton = page.getByRole('button', { name: 'Show answer' });
    this.nextQuestionButton = page.getByRole('button', { name: 'Next question' });
    this.answer = page.getByRole('region', { name: 'Answer' });
  }

  async questionHtml(): Promise<string> {
    await this.heading.waitFor();
    return this.heading.innerHTML();
  }

  async revealAnswer(): Promise<void> {
    await this.showAnswerButton.click();
    await this.answer.waitFor({ state: 'visible' });
  }
}
