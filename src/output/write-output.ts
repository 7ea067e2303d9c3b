/**
 * Atomic output: everything is written to a fresh folder beside the target, then swapped in
 * with renames, so a failed run never leaves half an output and readers never see a mix. The
 * folder is first checked (src/output/output-folder.ts): ingest replaces only its own output.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { contentRefusal, outputMarkerName, outputMarkerText, placeRefusal, type OutputFolderState } from './output-folder';

/** A path with symbolic links resolved, also when its last parts do not exist yet. */
export function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  let existing = absolute;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, absolute));
}

/** What is at `out` (an absolute path with links resolved), for contentRefusal. */
export function outputFolderState(out: string): OutputFolderState {
  let existing = out;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  if (existing !== out) return statSync(existing).isDirectory() ? { kind: 'missing' } : { kind: 'inside-a-file', file: existing };
  if (!statSync(out).isDirectory()) return { kind: 'file' };
  const list = (folder: string, prefix: string) =>
    readdirSync(folder, { withFileTypes: true }).map((entry) => `${prefix}${entry.name}${entry.isDirectory() ? '/' : ''}`);
  try {
    const entries = list(out, '');
    if (entries.includes('units/')) entries.push(...list(path.join(out, 'units'), 'units/'));
    return { kind: 'folder', entries };
  } catch (error) {
    return { kind: 'unreadable', message: (error as Error).message };
  }
}

/**
 * Why `outDir` must not be replaced by ingest's output, or undefined when it may.
 * `inputs` are the files ingest reads, by the name the maintainer gave them.
 */
export function checkOutputFolder(outDir: string, inputs: string[], repositoryRoot: string): string | undefined {
  const out = realPathOf(outDir);
  const inputPaths = inputs.map((name) => ({ name, path: realPathOf(name) }));
  const place = { out, inputs: inputPaths, repositoryRoot: realPathOf(repositoryRoot), home: realPathOf(homedir()) };
  // The place first: the root of the file system is refused before anyone lists it.
  return placeRefusal(place) ?? contentRefusal(outputFolderState(out));
}

/**
 * Writes the files (paths relative to `outDir`) and the output marker, and swaps them in as the
 * new `outDir`. Check the folder with checkOutputFolder first.
 */
export async function writeOutputAtomically(outDir: string, files: Map<string, string>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  const staging = path.join(parent, `.${base}-new-${process.pid}`);
  const retired = path.join(parent, `.${base}-old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    // One file after another, synchronously: at 100 times this report's size (4,100 unit files)
    // each asynchronous mkdir and write was a round trip through the thread pool, and writing
    // took seconds instead of a fraction of one.
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, outputMarkerName), outputMarkerText, 'utf8');
    const folders = new Set<string>();
    for (const [relative, content] of files) {
      const target = path.join(staging, relative);
      const folder = path.dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(target, content, 'utf8');
    }
    await replaceFolder(outDir, staging, retired);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Puts the folder `replacement` in place of `target` by renames. POSIX rename cannot replace a
 * non-empty folder, so the old one steps aside to `retired` first; it is deleted only once the
 * new one is in place, and put back if that fails. All three must be on one file system (siblings).
 */
export async function replaceFolder(target: string, replacement: string, retired: string): Promise<void> {
  let hadPrevious = true;
  try {
    await rename(target, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    await rename(replacement, target);
  } catch (error) {
    if (hadPrevious) await rename(retired, target);
    throw error;
  }
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
}
