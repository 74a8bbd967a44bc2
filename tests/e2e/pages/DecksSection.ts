import type { Locator, Page } from 'playwright-core';

/** The "Your decks" section of the options page. */
export class DecksSection {
  readonly root: Locator;
  readonly fileInput: Locator;
  readonly result: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('section', { has: page.getByRole('heading', { name: 'Your decks', level: 2 }) });
    this.fileInput = this.root.getByLabel('Import a deck file');
    this.result = this.root.getByRole('status');
    this.rows = this.root.getByRole('listitem');
  }

  async importFile(name: string, contents: string, mimeType = 'text/plain'): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(contents, 'utf8') });
  }

  deckSwitch(name: string): Locator {
    return this.root.getByRole('switch', { name });
  }

  /** Deletes a deck as a person does: Delete, then Delete again to confirm. */
  async deleteDeck(name: string): Promise<void> {
    const row = this.row(name);
    await row.getByRole('button', { name: `Delete ${name}` }).click();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await this.deckSwitch(name).waitFor({ state: 'detached' });
  }

  row(name: string): Locator {
    // A `has` locator is matched inside each row, so it is built from the page, not from the section.
    return this.rows.filter({ has: this.page.getByRole('switch', { name }) });
  }
}
