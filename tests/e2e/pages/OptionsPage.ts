import type { Locator, Page } from 'playwright-core';

/** The options page: stats, the heatmap and the settings. */
export class OptionsPage {
  readonly heatmapCells: Locator;
  readonly heatmapDetail: Locator;
  readonly dailyGoal: Locator;
  readonly dayStart: Locator;
  readonly hideStreak: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.heatmapCells = page.locator('[role="gridcell"][data-day]');
    this.heatmapDetail = page.locator('.heatmap-detail');
    this.dailyGoal = page.getByLabel('Daily goal');
    this.dayStart = page.getByLabel('A new day starts at');
    this.hideStreak = page.getByLabel(/Hide the streak/);
    this.saved = page.locator('.saved');
  }

  stat(label: string): Locator {
    return this.page.locator('.stat', { hasText: label }).locator('.stat-value');
  }

  async waitForSaved(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelector('.saved')?.textContent?.startsWith('Saved'));
  }
}
