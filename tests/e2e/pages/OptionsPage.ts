import type { Locator, Page } from 'playwright-core';

/** The options page: stats, the heatmap and the settings. */
export class OptionsPage {
  readonly heatmapCells: Locator;
  readonly heatmapDetail: Locator;
  readonly dailyGoal: Locator;
  readonly dayStart: Locator;
  readonly newPerDay: Locator;
  readonly hideStreak: Locator;
  readonly includeBank: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.heatmapCells = page.locator('[role="gridcell"][data-day]');
    this.heatmapDetail = page.locator('.heatmap-detail');
    this.dailyGoal = page.getByLabel('Daily goal');
    this.dayStart = page.getByLabel('A new day starts at');
    this.newPerDay = page.getByLabel('New questions a day');
    this.hideStreak = page.getByLabel(/Hide the streak/);
    this.includeBank = page.getByLabel('Built-in questions');
    this.saved = page.locator('.toast');
  }

  /** What a field's aria-describedby says about it, message by message. */
  descriptionsOf(field: Locator): Promise<string[]> {
    return field.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? `(no element #${id})`),
    );
  }

  stat(label: string): Locator {
    return this.page.locator('.stat', { hasText: label }).locator('.stat-value');
  }

  /** Waits until storage.sync holds the setting, so the next page to open reads it. */
  async waitForSetting(name: string, value: unknown): Promise<void> {
    await this.page.waitForFunction(
      async ([key, expected]) => {
        const sync = (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(k: string): Promise<Record<string, Record<string, unknown>>> } } };
          }
        ).chrome.storage.sync;
        const { settings } = await sync.get('settings');
        return JSON.stringify(settings?.[key as string]) === JSON.stringify(expected);
      },
      [name, value] as const,
    );
  }
}
