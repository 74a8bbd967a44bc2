import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium the e2e tests drive: CHROME_PATH if set, else the first one installed. */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const CHROMIUM_MISSING = [
  'No Chromium found for the end-to-end tests, so they cannot run (they are never skipped).',
  'Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu),',
  `or point CHROME_PATH at a Chromium or Chrome binary. Looked for: ${process.env.CHROME_PATH ?? CANDIDATES.join(', ')}.`,
].join('\n');
