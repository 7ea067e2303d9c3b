/**
 * A build of the real report with SITE_ORIGIN set, for tests/site/origin.test.ts: the site under
 * test is built without an origin. Made in a copy of the project (Astro keeps the content layer's
 * state in the project's .astro/ folder, and the site tests' own build runs in the repository at
 * the same time), once per test run, ahead of the file when the global setup can
 * (tests/support/shared-build.ts).
 */
import path from 'node:path';
import { ingestedCopyOfReport, runInCopy, type RunControl } from '../../support/project-copy';
import { sharedBuild } from './shared-build';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** The origin the build is made with. */
export const siteOrigin = 'https://reports.wg-tip.test';

/** The shared build's name: its folder in the run's shared folder. */
export const originSiteName = 'origin-site';

/** The built site: its folder. */
export interface OriginSite {
  distDir: string;
}

export function originSite(sharedBuildsDir: string): Promise<OriginSite> {
  return sharedBuild(sharedBuildsDir, originSiteName, buildOriginSite);
}

/** Ingests the real report in a copy of the project and builds the site with SITE_ORIGIN. */
export async function buildOriginSite(folder: string, control: RunControl = {}): Promise<OriginSite> {
  const copy = await ingestedCopyOfReport(repositoryRoot, folder, control);
  await runInCopy(copy, 'astro build with SITE_ORIGIN', [path.join(repositoryRoot, 'node_modules/astro/astro.js'), 'build'], { SITE_ORIGIN: siteOrigin }, control);
  return { distDir: copy.distDir };
}
