/**
 * A private copy of the project to build other content in: the code (src, scripts, public,
 * config) copied, node_modules linked, and the content given as files. Astro keeps state in the
 * project's .astro/ folder, so a build of other content (a test's edited units, a benchmark's
 * synthetic report) must not run in the developer's own folder, nor share one with another build.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The files a build needs, relative to the repository root. */
const projectFiles = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** The source text and reviewed repairs a copy is built from. */
export interface Corpus {
  /** The copy's folder name: "real", "x10", "unit-mdx". */
  name: string;
  sourceText: string;
  repairsText: string;
}

/** A prepared copy and the paths a build in it uses. */
export interface ProjectCopy {
  root: string;
  sourceFile: string;
  repairsFile: string;
  generatedDir: string;
  distDir: string;
  /** The content layer's cache (SITE_CACHE_DIR). */
  cacheDir: string;
}

/** Copies the project into `parent/<corpus name>` with the corpus as its content. */
export function copyProject(repositoryRoot: string, parent: string, corpus: Corpus): ProjectCopy {
  const root = path.join(parent, corpus.name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'content', 'source'), { recursive: true });
  for (const file of projectFiles) cpSync(path.join(repositoryRoot, file), path.join(root, file), { recursive: true });
  symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const copy: ProjectCopy = {
    root,
    sourceFile: path.join(root, 'content', 'source', `${corpus.name}.txt`),
    repairsFile: path.join(root, 'content', 'repairs.json'),
    generatedDir: path.join(root, 'content', 'generated'),
    distDir: path.join(root, 'dist'),
    cacheDir: path.join(root, '.cache'),
  };
  writeFileSync(copy.sourceFile, corpus.sourceText);
  writeFileSync(copy.repairsFile, corpus.repairsText);
  return copy;
}

/** Removes everything a previous build left, so the next build is cold. */
export function cleanProjectCopy(copy: ProjectCopy): void {
  for (const folder of [copy.generatedDir, copy.distDir, copy.cacheDir, path.join(copy.root, '.astro')]) {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The environment a build in the copy runs with: its own content-layer cache, no telemetry. */
export function buildEnvironment(copy: ProjectCopy): Record<string, string> {
  return { SITE_CACHE_DIR: copy.cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * Runs a Node script (`args[0]` and its arguments) in the copy, with the copy's environment and
 * `env`; an error says what failed and shows its output. It does not block the caller while the
 * script runs: a test worker must keep answering vitest during a build of a minute or more.
 * `control` can stop the script, or run it at a lower priority (a niceness from 1 to 19), as
 * a build made ahead of the tests that need it runs, behind the work they wait for.
 */
export function runInCopy(copy: ProjectCopy, name: string, args: string[], env: Record<string, string> = {}, control: RunControl = {}): Promise<void> {
  const { signal, niceness } = control;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: copy.root,
      env: { ...process.env, ...buildEnvironment(copy), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
    });
    if (niceness !== undefined && child.pid !== undefined) {
      try {
        os.setPriority(child.pid, niceness);
      } catch {
        // A priority that cannot be set only makes the run compete as an equal.
      }
    }
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(error.name === 'AbortError' ? `${name} was stopped in ${copy.root}` : `${name} could not start in ${copy.root}: ${error.message}`)));
    child.on('close', (status) => {
      if (status === 0) resolve();
      else reject(new Error(`${name} failed in ${copy.root} (exit ${status}):\n${stdout}\n${stderr}`));
    });
  });
}

/** How a script in a copy is run: `signal` stops it; `niceness` lowers its priority. */
export interface RunControl {
  signal?: AbortSignal;
  niceness?: number;
}

/** A copy with this report's own source text and reviewed repairs, ingested: ready for `astro build`, or for edits to its generated files first. */
export async function ingestedCopyOfReport(repositoryRoot: string, parent: string, control: RunControl = {}): Promise<ProjectCopy> {
  const copy = copyProject(repositoryRoot, parent, {
    name: 'project',
    sourceText: readFileSync(path.join(repositoryRoot, 'content/source/V1909259-ar.txt'), 'utf8'),
    repairsText: readFileSync(path.join(repositoryRoot, 'content/repairs.json'), 'utf8'),
  });
  await runInCopy(copy, 'ingest', [path.join(repositoryRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts', '--source', path.relative(copy.root, copy.sourceFile)], {}, control);
  return copy;
}
