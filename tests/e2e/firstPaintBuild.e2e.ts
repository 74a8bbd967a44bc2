import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { initialScripts } from '../../bench/build.ts';
import { CHROME_BUILD_DIR } from './extension.ts';

// What `npm run bench:newtab` and `npm run bench:popup` time depends on how many files a page
// fetches before its first paint, how, and how large they are; these hold that shape in the build,
// where a test can check it without timing anything (entrypoints/newtab-first-view.ts,
// vite/takeOverModules.ts).
for (const name of ['newtab', 'popup']) {
  const page = `${name}.html`;
  const readPage = () => readFileSync(join(CHROME_BUILD_DIR, page), 'utf8');

  test(`${page} fetches one classic script before its first paint, at the end of its body`, () => {
    expect(initialScripts(CHROME_BUILD_DIR, page).map((script) => script.file)).toEqual([`${name}-first-view.js`]);
    const html = readPage();
    expect(html.match(/<script\b[^>]*>/g)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^<script src="/${name}-first-view\\.js" data-module="/chunks/${name}-[\\w-]+\\.js" data-module-imports="[^"]+">$`,
        ),
      ),
    ]);
    expect(html).toMatch(/<div id="app"><\/div>\s*<script [^>]+><\/script>\s*<\/body>/);
    expect(html).not.toContain('modulepreload');
  });

  test(`${page}'s module, added once the view is shown, comes with every module it will need to take over`, () => {
    const html = readPage();
    const moduleFile = html.match(/data-module="\/([^"]+)"/)?.[1] ?? '';
    const code = readFileSync(join(CHROME_BUILD_DIR, moduleFile), 'utf8');
    expect(code).toMatch(/import\(`\.\/hydratePage-[\w-]+\.js`\)/);
    // What it imports statically, and what Vite's preload helper would fetch at its import() (the
    // list Vite writes into the module), are all preloaded beside it: none waits for the module.
    const staticImports = [...code.matchAll(/\bfrom\s*"\.\/([\w-]+\.js)"/g)].map((match) => `/chunks/${match[1]}`);
    const importDependencies: string[] = JSON.parse(code.match(/\.f=(\[[^\]]*\])/)?.[1] ?? '[]');
    const preloaded = html.match(/data-module-imports="([^"]*)"/)?.[1]?.split(' ') ?? [];
    expect(staticImports.length).toBeGreaterThan(0);
    expect(importDependencies).toContainEqual(expect.stringMatching(/^chunks\/hydratePage-[\w-]+\.js$/));
    expect(new Set(preloaded)).toEqual(new Set([...staticImports, ...importDependencies.map((file) => `/${file}`)]));
  });
}

test("the new tab's initial JavaScript stays within 15,000 bytes gzipped", () => {
  const total = initialScripts(CHROME_BUILD_DIR, 'newtab.html').reduce((sum, script) => sum + script.gzipBytes, 0);
  expect(total).toBeLessThanOrEqual(15_000);
});

test("each page carries its own stylesheet and none of another page's", () => {
  const popupWidth = /body\s*\{\s*width:\s*400px/;
  expect(readFileSync(join(CHROME_BUILD_DIR, 'popup.html'), 'utf8')).toMatch(popupWidth);
  for (const page of ['newtab.html', 'options.html', 'welcome.html']) {
    expect(readFileSync(join(CHROME_BUILD_DIR, page), 'utf8')).not.toMatch(popupWidth);
  }
});

test('no chunk fetches again a stylesheet that every page already has inline', () => {
  const pages = ['newtab.html', 'popup.html', 'options.html', 'welcome.html'].map((page) =>
    readFileSync(join(CHROME_BUILD_DIR, page), 'utf8'),
  );
  const chunksDir = join(CHROME_BUILD_DIR, 'chunks');
  const listed = new Set(
    readdirSync(chunksDir).flatMap(
      (file) => readFileSync(join(chunksDir, file), 'utf8').match(/assets\/[\w-]+\.css/g) ?? [],
    ),
  );
  for (const stylesheet of listed) {
    const path = join(CHROME_BUILD_DIR, stylesheet);
    expect(existsSync(path), `${stylesheet} is listed by a chunk but not in the build`).toBe(true);
    const css = readFileSync(path, 'utf8').trim();
    expect(
      pages.every((page) => page.includes(css)),
      `${stylesheet} is inline in every page, yet a chunk would fetch it again`,
    ).toBe(false);
  }
  // components/base.css is what every page shares; it must be among what they have inline.
  for (const page of pages) expect(page).toMatch(/--heat-4:/);
});
