import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs pure code on fixture files; `site` builds the real site once
// (ingest, Astro, Pagefind), serves it on 127.0.0.1 and tests it in Chromium.
// `npm test` runs both; `npx vitest run --project unit` is the quick loop.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/build-and-serve.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium per file; two cores here, so keep files from running all at once.
          maxWorkers: 2,
          minWorkers: 1,
        },
      },
    ],
  },
});
