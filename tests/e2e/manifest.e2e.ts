import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CHROME_BUILD_DIR } from './extension.ts';

test('the production manifest asks for storage and alarms only and injects nothing into web pages', () => {
  const manifest = JSON.parse(readFileSync(`${CHROME_BUILD_DIR}/manifest.json`, 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(['alarms', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.chrome_url_overrides).toEqual({ newtab: 'newtab.html' });
  expect(manifest.action.default_popup).toBe('popup.html');
});

test('the production build carries no benchmark page', () => {
  // BACKTAB_BENCH=1 adds it for `npm run bench:newtab`; it must never ship.
  expect(existsSync(`${CHROME_BUILD_DIR}/bench-plain.html`)).toBe(false);
});
