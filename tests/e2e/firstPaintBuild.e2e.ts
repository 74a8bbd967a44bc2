import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { initialScripts } from '../../bench/build.ts';
import { CHROME_BUILD_DIR } from './extension.ts';

// What `npm run bench:newtab` and `npm run bench:popup` time depends on how many files a page
// fetches before its first paint and how large they are; these hold that shape in the build, where
// a test can check it without timing anything (vite/firstPaintEntries.ts).
for (const page of ['newtab.html', 'popup.html']) {
  test(`${page} fetches a single script before its first paint, and starts it as soon as it loads`, () => {
    const files = initialScripts(CHROME_BUILD_DIR, page).map((script) => script.file);
    expect(files).toEqual([expect.stringMatching(/^chunks\/(newtab|popup)-[\w-]+\.js$/)]);
    const html = readFileSync(join(CHROME_BUILD_DIR, page), 'utf8');
    expect(html.match(/<script\b[^>]*>/g)).toEqual([expect.stringMatching(/^<script type="module" async\b/)]);
    expect(html).not.toContain('modulepreload');
  });

  test(`${page} loads the rest of the page with import(), once its first view is on screen`, () => {
    const [entry] = initialScripts(CHROME_BUILD_DIR, page);
    const code = readFileSync(join(CHROME_BUILD_DIR, entry?.file ?? ''), 'utf8');
    expect(code).toMatch(/import\(`\.\/hydratePage-[\w-]+\.js`\)/);
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
