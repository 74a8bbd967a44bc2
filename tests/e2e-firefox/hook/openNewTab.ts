import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { E2E_HOOK_MARKER } from './marker.ts';

/**
 * Only in the e2e build (BACKTAB_E2E=1, see wxt.config.ts), which adds it to the background scripts.
 * Firefox refuses to let automation navigate to moz-extension:// pages, but an extension may open its
 * own pages, so this opens the new tab page for the test to drive.
 */
export default defineUnlistedScript(() => {
  browser.runtime.onInstalled.addListener(() => {
    // A relative URL resolves against the extension's own origin.
    void browser.tabs.create({ url: `/newtab.html?${E2E_HOOK_MARKER}` });
  });
});
