import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_MISSING, findChromium } from '../tests/e2e/browserPath.ts';

/** Every size a manifest or store listing asks for; WXT lists public/icon/<size>.png in the manifest. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const SOURCE = resolve('assets/icon.svg');
const OUT_DIR = resolve('public/icon');

/**
 * Renders assets/icon.svg into public/icon/<size>.png. The browser rasterises the SVG itself at each
 * size, rather than scaling one bitmap down, so the 16 px icon keeps crisp edges.
 */
async function renderIcons(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const svg = readFileSync(SOURCE);
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;

  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    mkdirSync(OUT_DIR, { recursive: true });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="${source}" width="${size}" height="${size}" alt="">`,
      );
      await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(`${OUT_DIR}/${size}.png`, png);
      console.log(`public/icon/${size}.png  ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

await renderIcons();
