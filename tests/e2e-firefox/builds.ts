import { resolve } from 'node:path';

/** What `npm run build:firefox` writes: the build that ships. */
export const FIREFOX_BUILD_DIR = resolve('.output/firefox-mv3');
/** What `npm run build:firefox:e2e` writes: the same build plus the hook in hook/background.ts. */
export const FIREFOX_E2E_BUILD_DIR = resolve('.output/firefox-mv3-e2e');
