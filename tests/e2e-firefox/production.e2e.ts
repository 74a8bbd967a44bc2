import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD_DIR } from '../e2e/extension.ts';
import { FIREFOX_BUILD_DIR, FIREFOX_E2E_BUILD_DIR } from './builds.ts';
import { E2E_HOOK_MARKER } from './hook/marker.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function filesContaining(dir: string, text: string): string[] {
  return filesUnder(dir).filter((file) => readFileSync(join(dir, file), 'latin1').includes(text));
}

function readManifest(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

describe('the production Firefox build', () => {
  test('is Manifest V3 with an add-on id, no data collection and the Firefox versions that support both', () => {
    const manifest = readManifest(FIREFOX_BUILD_DIR);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {
        id: 'backtab@backtab.dev',
        data_collection_permissions: { required: ['none'] },
        strict_min_version: '140.0',
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  test('asks for what the Chrome build asks for, and overrides the same pages', () => {
    // Which permissions are right is tests/e2e/manifest.e2e.ts's business; here, only that both agree.
    const firefox = readManifest(FIREFOX_BUILD_DIR);
    const chrome = readManifest(CHROME_BUILD_DIR);
    const surface = (manifest: Record<string, unknown>) => ({
      permissions: manifest.permissions,
      host_permissions: manifest.host_permissions,
      optional_permissions: manifest.optional_permissions,
      content_scripts: manifest.content_scripts,
      chrome_url_overrides: manifest.chrome_url_overrides,
      action: manifest.action,
      options_ui: manifest.options_ui,
    });
    expect(surface(firefox)).toEqual(surface(chrome));
    expect(firefox.chrome_url_overrides).toEqual({ newtab: 'newtab.html' });
  });

  test('takes its version from package.json and lists an icon at every size', () => {
    const manifest = readManifest(FIREFOX_BUILD_DIR);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(manifest.version).toBe(version);
    const sizes = ['16', '32', '48', '96', '128'];
    expect(manifest.icons).toEqual(Object.fromEntries(sizes.map((size) => [size, `icon/${size}.png`])));
    expect(filesUnder(join(FIREFOX_BUILD_DIR, 'icon'))).toEqual(sizes.map((size) => `${size}.png`).sort());
  });

  test('holds no trace of the e2e hook, which the e2e build does hold', () => {
    // Checked on the e2e build too: a marker that did not survive bundling would prove nothing.
    expect(filesContaining(FIREFOX_E2E_BUILD_DIR, E2E_HOOK_MARKER)).not.toEqual([]);
    expect(filesContaining(FIREFOX_BUILD_DIR, E2E_HOOK_MARKER)).toEqual([]);

    expect(readManifest(FIREFOX_E2E_BUILD_DIR).background.scripts).toContain('e2e-hook.js');
    expect(existsSync(join(FIREFOX_E2E_BUILD_DIR, 'e2e-hook.js'))).toBe(true);
    expect(existsSync(join(FIREFOX_BUILD_DIR, 'e2e-hook.js'))).toBe(false);
    expect(JSON.stringify(readManifest(FIREFOX_BUILD_DIR))).not.toContain('e2e-hook');
  });
});
