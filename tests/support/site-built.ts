/**
 * The outcome of the site build that the global setup starts (tests/support/build-and-serve.ts),
 * passed to the test files: the global setup writes it to a file in the run's shared folder when
 * the build ends, and each site test file waits for that file (tests/support/wait-for-site-build.ts).
 * Test files run in separate workers, so a file is what they can all read.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the build came to: `output` holds what it printed when it failed. */
export interface SiteBuildOutcome {
  ok: boolean;
  output: string;
}

const outcomeFileName = 'site-build.json';

/** How long a test file waits for the build before it gives up. */
const waitLimitMs = 20 * 60_000;

export function writeSiteBuildOutcome(sharedBuildsDir: string, outcome: SiteBuildOutcome): void {
  const file = path.join(sharedBuildsDir, outcomeFileName);
  writeFileSync(`${file}.partial`, JSON.stringify(outcome));
  renameSync(`${file}.partial`, file);
}

/** Resolves once the site is built; throws the build's output if it failed. */
export async function siteBuilt(sharedBuildsDir: string): Promise<void> {
  const file = path.join(sharedBuildsDir, outcomeFileName);
  const started = Date.now();
  while (!existsSync(file)) {
    if (Date.now() - started > waitLimitMs) throw new Error(`waited ${waitLimitMs / 60_000} minutes for the site build (npm run build)`);
    await sleep(250);
  }
  const outcome = JSON.parse(readFileSync(file, 'utf8')) as SiteBuildOutcome;
  if (!outcome.ok) throw new Error(outcome.output);
}
