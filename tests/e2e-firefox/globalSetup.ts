import { existsSync } from 'node:fs';
import { CHROME_BUILD_DIR } from '../e2e/extension.ts';
import { FIREFOX_BUILD_DIR, FIREFOX_E2E_BUILD_DIR } from './builds.ts';
import { FIREFOX_MISSING, findFirefox } from './firefoxPath.ts';

/** Fails the run, loudly, when the browser or a build the tests need is missing. */
export default function checkPrerequisites(): void {
  if (!findFirefox()) throw new Error(FIREFOX_MISSING);
  const builds = [
    // The Firefox manifest is compared with the Chrome one.
    { dir: CHROME_BUILD_DIR, command: 'npm run build' },
    { dir: FIREFOX_BUILD_DIR, command: 'npm run build:firefox' },
    { dir: FIREFOX_E2E_BUILD_DIR, command: 'npm run build:firefox:e2e' },
  ];
  for (const { dir, command } of builds) {
    if (!existsSync(`${dir}/manifest.json`)) {
      throw new Error(`No build in ${dir}. Run \`${command}\` first (npm test does).`);
    }
  }
}
