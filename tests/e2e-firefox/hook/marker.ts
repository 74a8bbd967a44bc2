/**
 * Carried in the URL of the tab the e2e hook opens, so a test can find that tab, and so a test can
 * prove the production build holds no trace of the hook by looking for this string in its files.
 */
export const E2E_HOOK_MARKER = 'opened-by-backtab-e2e-hook';
