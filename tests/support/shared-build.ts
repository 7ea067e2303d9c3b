/**
 * A build that several site test files share (tests/support/hostile-site.ts, origin-site.ts),
 * made at most once per test run, however many of those files run and in whichever workers.
 *
 * Test files run in separate workers, so a module-level promise cannot be shared. The global setup
 * (tests/support/build-and-serve.ts) provides a folder for the run (`sharedBuildsDir`); whoever
 * starts a build first claims it by creating its folder (mkdir is atomic), builds, and writes
 * `result.json`, or `failure.txt` with the build's output; the others wait for either file.
 *
 * The global setup starts the shared builds of the files a run includes together with the site's
 * own build, at a lower priority, while the unit files run: a test file then finds its build made,
 * or under way, instead of holding a worker for the whole build. A file that finds no build
 * started makes it itself.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunControl } from '../../support/project-copy';

/** Makes a build in `folder` (empty, its own) and says where it is; `control` can stop it or lower its priority. */
export type Builder<T> = (folder: string, control?: RunControl) => Promise<T>;

/** How long a file waits for another's build before it gives up. */
const waitLimitMs = 20 * 60_000;

const folderOf = (sharedBuildsDir: string, name: string) => path.join(sharedBuildsDir, name);

function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.partial`, text);
  renameSync(`${file}.partial`, file);
}

/**
 * Claims the build `name` and makes it, unless someone has claimed it already. Resolves once the
 * build has ended either way (its outcome is in the folder, not in the promise).
 */
export async function startSharedBuild<T>(sharedBuildsDir: string, name: string, build: Builder<T>, control: RunControl = {}): Promise<void> {
  const folder = folderOf(sharedBuildsDir, name);
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw error;
  }
  try {
    writeAtomically(path.join(folder, 'result.json'), JSON.stringify(await build(folder, control)));
  } catch (error) {
    writeAtomically(path.join(folder, 'failure.txt'), String((error as Error).message));
  }
}

/** The shared build `name`: made here if no one has started it, waited for otherwise; throws the build's output if it failed. */
export async function sharedBuild<T>(sharedBuildsDir: string, name: string, build: Builder<T>): Promise<T> {
  const folder = folderOf(sharedBuildsDir, name);
  const resultFile = path.join(folder, 'result.json');
  const failureFile = path.join(folder, 'failure.txt');
  await startSharedBuild(sharedBuildsDir, name, build);
  const started = Date.now();
  while (!existsSync(resultFile)) {
    if (existsSync(failureFile)) throw new Error(`the shared ${name} build failed:\n${readFileSync(failureFile, 'utf8')}`);
    if (Date.now() - started > waitLimitMs) throw new Error(`waited ${waitLimitMs / 60_000} minutes for the shared ${name} build in ${folder}`);
    await sleep(500);
  }
  return JSON.parse(readFileSync(resultFile, 'utf8')) as T;
}
