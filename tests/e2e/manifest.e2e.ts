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
  for (const file of ['bench-plain.html', 'bench-scripted.html', 'bench-scripted.js']) {
    expect(existsSync(`${CHROME_BUILD_DIR}/${file}`)).toBe(false);
  }
});

test('nothing in the manifest lets a web page, another extension or a server in', () => {
  const manifest = JSON.parse(readFileSync(`${CHROME_BUILD_DIR}/manifest.json`, 'utf8'));
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  // Pages a website could load or message.
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.externally_connectable).toBeUndefined();
  // The default extension CSP runs the extension's own scripts only; a custom one could loosen it.
  expect(manifest.content_security_policy).toBeUndefined();
});

test('the welcome page ships as an extension page, which needs no permission to open', () => {
  expect(existsSync(`${CHROME_BUILD_DIR}/welcome.html`)).toBe(true);
  const manifest = readFileSync(`${CHROME_BUILD_DIR}/manifest.json`, 'utf8');
  expect(manifest).not.toContain('welcome');
});
