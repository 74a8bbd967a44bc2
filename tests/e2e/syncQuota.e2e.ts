import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { readStorage } from './storage.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(() => session.dispose());

test('past 120 sync writes a minute, activity is still recorded, a notice shows, and it syncs later', async () => {
  const newTab = new NewTabPage(await session.openNewTab());
  const errors: string[] = [];
  newTab.page.on('pageerror', (error) => errors.push(error.message));
  await newTab.streakText();

  // Spend the minute's write quota, as another extension page or a burst of settings changes might.
  const refusal = await newTab.page.evaluate(async () => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } })
      .chrome.storage.sync;
    for (let write = 0; write < 130; write++) {
      try {
        await sync.set({ filler: write });
      } catch (error) {
        return (error as Error).message;
      }
    }
    return 'no refusal';
  });
  expect(refusal).toMatch(/quota/i);

  await newTab.revealAnswer();
  await newTab.page.waitForFunction(() => document.querySelector('.streak-count')?.textContent === '1');
  await newTab.page.locator('.sync-notice').waitFor();
  expect(await newTab.page.locator('.sync-notice').textContent()).toContain('sync limit');

  const { syncPending } = await readStorage(newTab.page, 'local', 'syncPending');
  const waiting = Object.keys(syncPending as object);
  expect(waiting).toHaveLength(1);
  expect(waiting[0]).toMatch(/^activity\./);
  expect(Object.keys(await readStorage(newTab.page, 'sync')).filter((key) => key.startsWith('activity.'))).toEqual([]);

  // The background retries once the quota's minute has passed; the notice goes away by itself.
  await newTab.page.locator('.sync-notice').waitFor({ state: 'detached', timeout: 150_000 });
  const synced = await readStorage(newTab.page, 'sync', waiting[0]);
  expect(synced[waiting[0] as string]).toEqual(
    syncPending && (syncPending as Record<string, unknown>)[waiting[0] as string],
  );
  expect(errors).toEqual([]);
}, 180_000);
