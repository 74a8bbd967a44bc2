import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox the e2e tests drive: FIREFOX_PATH if set, else the first one installed. */
export function findFirefox(): string | undefined {
  const fromEnvironment = process.env.FIREFOX_PATH;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const FIREFOX_MISSING = [
  'No Firefox found for the Firefox end-to-end tests, so they cannot run (they are never skipped).',
  'Install one with `sudo apt-get install -y firefox-esr` (Debian/Ubuntu),',
  `or point FIREFOX_PATH at a Firefox binary. Looked for: ${process.env.FIREFOX_PATH ?? CANDIDATES.join(', ')}.`,
].join('\n');
