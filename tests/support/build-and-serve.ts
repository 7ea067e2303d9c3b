/**
 * Global setup for the `site` tests: build the real site once into its own folder and serve it
 * on 127.0.0.1 for the length of the run. Tests read `baseUrl` and `distDir` with `inject`.
 * It also makes an empty folder for the run, `sharedBuildsDir`, removed at the end, where other
 * builds that several test files share are made once (tests/support/shared-build.ts).
 *
 * The build starts here but is not waited for here: vitest runs no test file until every global
 * setup has returned, and the unit files need no build, so they run while the site builds. Each
 * site file waits for the build before it loads (tests/support/wait-for-site-build.ts), and fails with the
 * build's output if the build failed.
 *
 * The other builds the run's site files need (a build of hostile text, one with SITE_ORIGIN) start
 * here too, at a lower priority than the site's own build, which every site file waits for: made
 * while the unit files run, they are ready, or nearly, when their files start, and no worker sits
 * idle through them. A run of other files starts none of them.
 *
 * Set SITE_TEST_REUSE=1 to skip the build and serve an existing build (quick local loops only;
 * CI always builds). SITE_TEST_DIST_DIR=dist-<name> builds and serves that folder instead of dist-test/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../support/static-server';
import { buildHostileSite, hostileSiteName } from './hostile-site';
import { buildOriginSite, originSiteName } from './origin-site';
import { besideTheSiteBuild } from './lower-priority';
import { startSharedBuild, type Builder } from './shared-build';
import { writeSiteBuildOutcome } from './site-built';

/** The shared builds, and the test files (relative to the repository) that use each. */
const sharedBuilds: { name: string; build: Builder<unknown>; usedBy: string[] }[] = [
  { name: hostileSiteName, build: buildHostileSite, usedBy: ['tests/site/hostile-text.test.ts', 'tests/site/unit-mdx.test.ts'] },
  { name: originSiteName, build: buildOriginSite, usedBy: ['tests/site/origin.test.ts'] },
];


declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    sharedBuildsDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  // SITE_TEST_DIST_DIR lets an engineer test their own build while others rebuild dist-test/.
  const distDir = path.resolve(root, process.env.SITE_TEST_DIST_DIR ?? 'dist-test');
  const reuse = process.env.SITE_TEST_REUSE === '1' && existsSync(path.join(distDir, 'index.html'));
  const sharedBuildsDir = mkdtempSync(path.join(os.tmpdir(), 'site-tests-'));
  project.provide('sharedBuildsDir', sharedBuildsDir);
  let stopBuild = () => {};
  if (reuse) {
    writeSiteBuildOutcome(sharedBuildsDir, { ok: true, output: '' });
  } else {
    // Its own process group, so that a run stopped before the build ends stops ingest and Astro too.
    const build = spawn('npm', ['run', 'build'], { cwd: root, env: { ...process.env, SITE_OUT_DIR: distDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    build.on('error', (error) => writeSiteBuildOutcome(sharedBuildsDir, { ok: false, output: `npm run build could not start: ${error.message}` }));
    build.on('close', (status) => {
      writeSiteBuildOutcome(sharedBuildsDir, { ok: status === 0, output: status === 0 ? '' : `npm run build failed (exit ${status}):\n${output}` });
    });
    stopBuild = () => {
      if (build.exitCode !== null || build.signalCode !== null || build.pid === undefined) return;
      try {
        process.kill(-build.pid, 'SIGTERM');
      } catch {
        // The group has ended on its own meanwhile.
      }
    };
  }
  // The files of this run, as vitest lists them before it starts any.
  const files = new Set(project.vitest.state.getPaths().map((file) => path.relative(root, file).split(path.sep).join('/')));
  const stopSharedBuilds = new AbortController();
  const sharedBuildsMade = sharedBuilds
    .filter(({ usedBy }) => usedBy.some((file) => files.has(file)))
    .map(({ name, build }) => startSharedBuild(sharedBuildsDir, name, build, { signal: stopSharedBuilds.signal, niceness: besideTheSiteBuild }));
  // The server reads each file when it is asked for, so it can start before the build has written any.
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    stopBuild();
    stopSharedBuilds.abort();
    await Promise.all(sharedBuildsMade);
    await server.close();
    rmSync(sharedBuildsDir, { recursive: true, force: true });
  };
}
