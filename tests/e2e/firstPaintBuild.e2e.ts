import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { initialScripts } from '../../bench/build.ts';
import { CHROME_BUILD_DIR } from './extension.ts';

// What `npm run bench:newtab` and `npm run bench:popup` time depends on how many files a page
// fetches before its first paint and how large they are; these hold that shape in the build, where
// a test can check it without timing anything (vite/firstPaintChunk.ts).
for (const page of ['newtab.html', 'popup.html']) {
  test(`${page} runs its entry and the first-paint chunk before its first paint, and nothing else`, () => {
    const files = initialScripts(CHROME_BUILD_DIR, page).map((script) => script.file);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^chunks\/(newtab|popup)-[\w-]+\.js$/);
    expect(files[1]).toMatch(/^chunks\/first-paint-[\w-]+\.js$/);
  });

  test(`${page} starts its entry script as soon as it has loaded`, () => {
    const html = readFileSync(join(CHROME_BUILD_DIR, page), 'utf8');
    expect(html.match(/<script\b[^>]*>/g)).toEqual([expect.stringMatching(/^<script type="module" async\b/)]);
  });
}

test("the new tab's initial JavaScript stays within 15,000 bytes gzipped", () => {
  const total = initialScripts(CHROME_BUILD_DIR, 'newtab.html').reduce((sum, script) => sum + script.gzipBytes, 0);
  expect(total).toBeLessThanOrEqual(15_000);
});

test("the first-paint chunk carries only the shared stylesheet, never one page's styles into another's", () => {
  const popupWidth = /body\s*\{\s*width:\s*400px/;
  expect(readFileSync(join(CHROME_BUILD_DIR, 'popup.html'), 'utf8')).toMatch(popupWidth);
  for (const page of ['newtab.html', 'options.html', 'welcome.html']) {
    expect(readFileSync(join(CHROME_BUILD_DIR, page), 'utf8')).not.toMatch(popupWidth);
  }
});
