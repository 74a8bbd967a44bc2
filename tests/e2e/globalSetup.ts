import { existsSync } from 'node:fs';
import { CHROMIUM_MISSING, findChromium } from './browserPath.ts';
import { CHROME_BUILD_DIR } from './extension.ts';

/** Fails the run, loudly, when the browser or the build the tests need is missing. */
export default function checkPrerequisites(): void {
  if (!findChromium()) throw new Error(CHROMIUM_MISSING);
  if (!existsSync(`${CHROME_BUILD_DIR}/manifest.json`)) {
    throw new Error(`No production build in ${CHROME_BUILD_DIR}. Run \`npm run build\` first (npm test does).`);
  }
}
