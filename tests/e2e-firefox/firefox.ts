import { type Browser, launch, type Page } from 'puppeteer-core';
import { FIREFOX_E2E_BUILD_DIR } from './builds.ts';
import { findFirefox } from './firefoxPath.ts';
import { E2E_HOOK_MARKER } from './hook/marker.ts';

export interface FirefoxSession {
  browser: Browser;
  /** The new tab page the e2e build's hook opened on install. */
  newTab: Page;
  close(): Promise<void>;
}

/**
 * Starts Firefox (firefox-esr or FIREFOX_PATH) over WebDriver BiDi, installs the e2e build as a
 * temporary add-on, and finds the new tab page its hook opens. Puppeteer creates and deletes the
 * profile itself.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  const browser = await launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
  try {
    await browser.installExtension(FIREFOX_E2E_BUILD_DIR);
    const newTab = await findHookTab(browser);
    return { browser, newTab, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Puppeteer reports the URL of a tab that navigated to moz-extension:// as about:blank, so each tab is
 * asked for its own location instead.
 */
async function findHookTab(browser: Browser, timeoutMs = 20_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes(E2E_HOOK_MARKER)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The e2e build did not open its new tab page within ${timeoutMs} ms.`);
}
