import type { Locator, Page } from 'playwright-core';

/** What a person sees and does on the new tab. */
export class NewTabPage {
  readonly heading: Locator;
  readonly showAnswerButton: Locator;
  readonly nextQuestionButton: Locator;
  readonly dialog: Locator;
  readonly streak: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('main .question-card h1');
    this.showAnswerButton = page.getByRole('button', { name: 'Show answer' });
    this.nextQuestionButton = page.getByRole('button', { name: 'Next question' });
    this.dialog = page.getByRole('dialog');
    this.streak = page.locator('.streak');
  }

  gradeButton(name: 'Again' | 'Hard' | 'Good' | 'Easy'): Locator {
    return this.dialog.getByRole('button', { name });
  }

  /** The question once the page has checked it against the current settings (it may pick again). */
  async questionHtml(): Promise<string> {
    await this.page.locator('[data-settled="yes"]').waitFor();
    await this.heading.waitFor();
    return this.heading.innerHTML();
  }

  /** Whether the question's heading has the focus, where "Next question" puts it. */
  headingHasFocus(): Promise<boolean> {
    return this.heading.evaluate((heading) => heading === document.activeElement);
  }

  async topicAndLevel(): Promise<string[]> {
    return this.page.locator('main .topic-level .chip').allInnerTexts();
  }

  async revealAnswer(): Promise<void> {
    await this.showAnswerButton.click();
    await this.dialog.waitFor({ state: 'visible' });
    // Let the opening animation finish, so what a screenshot shows is what a person sees.
    await this.dialog.evaluate((dialog) => Promise.all(dialog.getAnimations().map((animation) => animation.finished)));
  }

  async streakText(): Promise<string> {
    await this.page.locator('.streak-count').waitFor();
    return (await this.streak.textContent()) ?? '';
  }
}
