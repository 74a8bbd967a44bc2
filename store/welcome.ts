import { browserAreas, type StorageAreas } from './areas.ts';

/** When the welcome page was opened, in ms since 1970; absent until it has been. */
const WELCOME_KEY = 'welcomeShownAt';

/**
 * True once per profile: the first call records that the welcome page is being shown. The install
 * event alone is not enough, because Chromium reports every start of an extension loaded with
 * --load-extension (`npm run dev`, the e2e tests) as a fresh install.
 */
export async function claimWelcome(areas: StorageAreas = browserAreas(), now = Date.now()): Promise<boolean> {
  const stored = await areas.local.get(WELCOME_KEY);
  if (stored[WELCOME_KEY] !== undefined) return false;
  await areas.local.set({ [WELCOME_KEY]: now });
  return true;
}
