import { defineConfig } from 'vitest/config';
import SlowestFirst from './tests/support/slowest-first';

// Two projects: `unit` runs pure code on fixture files; `site` builds the real site once
// (ingest, Astro, Pagefind), serves it on 127.0.0.1 and tests it in Chromium.
// `npm test` runs both; `npx vitest run --project unit` is the quick loop.
export default defineConfig({
  test: {
    // Each site test file drives its own Chromium, and much of a file's time is spent waiting (for a
    // page, a child process, a build): on two cores, several files at a time overlap those waits.
    // Measured in fresh clones on the 2-core machine, the same commit's suite: 687 s with three
    // workers, 638 s with four (every test passing in both; the run used about 1.1 of the 2 cores).
    maxWorkers: 4,
    minWorkers: 1,
    // The slowest files start first, so that no long file runs alone at the end (tests/support/slowest-first.ts).
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          // The benchmark's own tooling is tested beside it (bench/tests/).
          include: ['tests/unit/**/*.test.ts', 'bench/tests/**/*.test.ts'],
          testTimeout: 30_000,
          // The unit files run while the site builds (tests/support/slowest-first.ts): a hook that
          // subsets a font or ingests the report gets the same room as a test on the loaded machine.
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/build-and-serve.ts'],
          setupFiles: ['tests/support/wait-for-site-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
