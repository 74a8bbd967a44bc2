import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { bankPlugin } from './questions/bankPlugin.ts';
import { inlineStylesheets } from './vite/inlineStylesheets.ts';
import { takeOverModules } from './vite/takeOverModules.ts';

// BACKTAB_E2E=1 makes the build the Firefox e2e tests drive: the production build plus a background
// script that opens the new tab page, written to its own folder so it never replaces the real build.
const e2e = process.env.BACKTAB_E2E === '1';
// BACKTAB_BENCH=1 makes the build `npm run bench:newtab` measures: the production build plus the pages
// to compare the new tab with (a plain static page, and the same page with its heading added by a
// script), in its own folder. Never set together with BACKTAB_E2E.
const bench = process.env.BACKTAB_BENCH === '1';

export default defineConfig({
  // Every import is written out, so a reader can follow each name to its file.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // BACKTAB_BANK_DIR builds another bank (a test fixture or a generated benchmark bank) in its place.
    plugins: [preact(), bankPlugin(process.env.BACKTAB_BANK_DIR), inlineStylesheets(), takeOverModules()],
    // Browsers with CSS light-dark() (the manifests' minimum versions are at least these): the
    // stylesheets ship as written, without a custom-property fallback for every colour, and the
    // CSS every page parses before its first paint is a sixth smaller.
    build: { cssTarget: ['chrome123', 'firefox120'] },
  }),
  manifest: ({ browser }) => ({
    name: 'Backtab',
    description: 'A backend interview question on every new tab, with its answer one click away and a daily streak.',
    // storage: everything Backtab keeps. alarms: the badge must change at the day start, and sync
    // writes refused by the quota are retried a minute later, both while no page is open.
    permissions: ['storage', 'alarms'],
    commands: {
      // Opens the popup, the keyboard surface for quick review; rebindable in the browser.
      _execute_action: { suggested_key: { default: 'Alt+Shift+Q' }, description: 'Open quick review' },
    },
    // Chrome 123 and Edge 123 are the first with CSS light-dark() (see build.cssTarget above).
    ...(browser !== 'firefox' && { minimum_chrome_version: '123' }),
    // Only Firefox reads these; Chrome would list them as unrecognised keys.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // storage.sync refuses an add-on without an id.
          id: 'backtab@backtab.dev',
          // Firefox asks add-ons to declare what they collect; Backtab collects nothing.
          data_collection_permissions: { required: ['none'] },
          // Older versions refuse or ignore data_collection_permissions (desktop supports it from 140,
          // Android from 142); MV3 itself needs 109.
          strict_min_version: '140.0',
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  ...(e2e && {
    outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e',
    hooks: {
      'entrypoints:found': (_wxt, entrypoints) => {
        entrypoints.push({
          name: 'e2e-hook',
          type: 'unlisted-script',
          inputPath: resolve('tests/e2e-firefox/hook/openNewTab.ts'),
        });
      },
      // Added beside any background script of our own, so the e2e build runs the real one too.
      'build:manifestGenerated': (_wxt, manifest) => {
        const scripts = manifest.background && 'scripts' in manifest.background ? manifest.background.scripts : [];
        manifest.background = { ...manifest.background, scripts: [...(scripts ?? []), 'e2e-hook.js'] };
      },
    },
  }),
  ...(bench && {
    outDirTemplate: '{{browser}}-mv{{manifestVersion}}-bench',
    hooks: {
      'build:publicAssets': (_wxt, files) => {
        files.push(
          { absoluteSrc: resolve('bench/plain.html'), relativeDest: 'bench-plain.html' },
          { absoluteSrc: resolve('bench/scripted.html'), relativeDest: 'bench-scripted.html' },
          { absoluteSrc: resolve('bench/scripted.js'), relativeDest: 'bench-scripted.js' },
        );
      },
    },
  }),
  zip: {
    // The sources zip is for store reviewers: everything that builds and tests the extension, nothing
    // made from it. WXT leaves *.test.ts out by default; taking all of tests/ keeps the suite whole.
    includeSources: ['tests/**'],
    excludeSources: ['test-results/**', 'stats.html', '*.zip'],
  },
  webExt: {
    // `npm run dev` starts this browser; CHROME_PATH points it at another Chromium.
    binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    startUrls: ['chrome://newtab'],
    // Chromium will not start as root (a container, a CI box) with its sandbox on; anyone else keeps it.
    ...(process.getuid?.() === 0 && { chromiumArgs: ['--no-sandbox'] }),
  },
});
