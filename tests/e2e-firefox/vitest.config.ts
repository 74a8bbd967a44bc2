import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Firefox end-to-end tests: the Firefox builds, and Debian's firefox-esr driven over WebDriver BiDi. */
export default defineConfig({
  // include and globalSetup below name paths from the project root, not from this folder.
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
