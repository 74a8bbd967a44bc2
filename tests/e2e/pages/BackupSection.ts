import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';

/** The "Backup" section of the options page. */
export class BackupSection {
  readonly root: Locator;
  readonly exportButton: Locator;
  readonly fileInput: Locator;
  readonly result: Locator;
  readonly mergeButton: Locator;
  readonly replaceButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('section', { has: page.getByRole('heading', { name: 'Backup', level: 2 }) });
    this.exportButton = this.root.getByRole('button', { name: 'Export a backup' });
    this.fileInput = this.root.getByLabel('Import a backup file');
    this.result = this.root.getByRole('status');
    this.mergeButton = this.root.getByRole('button', { name: 'Merge into this device' });
    this.replaceButton = this.root.getByRole('button', { name: 'Replace this device’s data' });
  }

  /** Clicks Export and returns the file the browser downloaded, with its text. */
  async export(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    const path = await download.path();
    return { download, text: readFileSync(path, 'utf8') };
  }

  async importFile(name: string, contents: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents, 'utf8') });
  }
}
