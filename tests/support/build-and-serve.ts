/**
 * Global setup for the `site` tests: build the real site once into its own folder and serve it
 * on 127.0.0.1 for the length of the run. Tests read `baseUrl` and `distDir` with `inject`.
 * It also makes an empty folder for the run, `sharedBuildsDir`, removed at the end, where other
 * builds that several test files share are made once (tests/support/hostile-site.ts).
 *
 * Set SITE_TEST_REUSE=1 to skip the build and serve an existing build (quick local loops only;
 * CI always builds). SITE_TEST_DIST_DIR=dist-<name> builds and serves that folder instead of dist-test/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../support/static-server';

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
  if (!reuse) {
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      env: { ...process.env, SITE_OUT_DIR: distDir },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0) {
      throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
  }
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  const sharedBuildsDir = mkdtempSync(path.join(os.tmpdir(), 'site-tests-'));
  project.provide('sharedBuildsDir', sharedBuildsDir);
  return async () => {
    await server.close();
    rmSync(sharedBuildsDir, { recursive: true, force: true });
  };
}
