import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium } from './browserPath.ts';

export const CHROME_BUILD_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export interface LaunchOptions {
  /** Reuse a profile to test what survives a restart; a fresh one is made otherwise. */
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  /** The time zone the pages see, such as 'Europe/Berlin'; the machine's own otherwise. */
  timezoneId?: string;
  /** Another build than the production one, such as the benchmark's. */
  buildDir?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** A page on chrome://newtab, which the extension overrides. */
  openNewTab(): Promise<Page>;
  /** The options page, as the browser opens it in a tab. */
  openOptions(): Promise<Page>;
  /** The toolbar popup's page, opened in a tab of popup size. */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
  /** Closes the browser and deletes the profile. */
  dispose(): Promise<void>;
}

/** The Chromium flags that load the build in `buildDir` as the only extension, on a machine without network. */
export function extensionArgs(buildDir: string): string[] {
  return [
    `--disable-extensions-except=${buildDir}`,
    `--load-extension=${buildDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    // This machine has no network: keep Chromium from trying to reach its own services.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Starts Debian's Chromium (or CHROME_PATH) with the production build loaded as an extension. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'backtab-e2e-'));
  const buildDir = options.buildDir ?? CHROME_BUILD_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    viewport: { width: 1280, height: 800 },
    args: extensionArgs(buildDir),
  });

  const openNewTab = async () => {
    const page = await context.newPage();
    await page.goto('chrome://newtab');
    return page;
  };

  // Until the background has started, chrome://newtab may not lead to the extension yet: on a
  // restart with an existing profile the first navigation could fail with ERR_FILE_NOT_FOUND. The
  // worker may also have been reported before this line, so this polls rather than waits for one event.
  for (let waited = 0; context.serviceWorkers().length === 0 && waited < 10; waited++) {
    await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined);
  }
  // The new tab is an extension page, so it can tell us the extension's id.
  const probe = await openNewTab();
  const extensionId = await probe.evaluate(
    () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
  );
  await probe.close();

  return {
    context,
    extensionId,
    userDataDir,
    openNewTab,
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async openPopup() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    close: () => context.close(),
    async dispose() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
