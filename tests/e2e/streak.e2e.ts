import { afterAll, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './extension.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { PopupPage } from './pages/PopupPage.ts';
import { readStorage } from './storage.ts';

let session: ExtensionSession | undefined;
afterAll(() => session?.dispose());

test('a revealed answer starts a streak that survives a browser restart', async () => {
  session = await launchExtension();
  const before = new NewTabPage(await session.openNewTab());
  expect(await before.streakText()).toMatch(/^0\s*days streak/);

  await before.revealAnswer();
  await before.page.waitForFunction(() => document.querySelector('.streak-count')?.textContent === '1');
  expect(await before.streakText()).toMatch(/^1\s*day streak/);
  const stored = await readStorage(before.page, 'sync');
  expect(Object.keys(stored).filter((key) => key.startsWith('activity.'))).toHaveLength(1);

  // The toolbar badge, set by the background, follows the streak.
  const [worker] = session.context.serviceWorkers();
  const badge = async () =>
    worker?.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
      ).chrome.action.getBadgeText({}),
    );
  await expect.poll(badge, { timeout: 10_000 }).toBe('1');

  const popup = new PopupPage(await session.openPopup());
  await popup.page.waitForFunction(() => document.querySelector('.streak-count')?.textContent === '1');

  await session.close();
  session = await launchExtension({ userDataDir: session.userDataDir });
  const after = new NewTabPage(await session.openNewTab());
  expect(await after.streakText()).toMatch(/^1\s*day streak/);
});
