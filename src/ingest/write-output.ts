/**
 * Atomic output: everything is written to a fresh folder beside the target, then swapped in
 * with renames, so a failed run never leaves half an output and readers never see a mix.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes the files (paths relative to `outDir`) and swaps them in as the new `outDir`. */
export async function writeOutputAtomically(outDir: string, files: Map<string, string>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  const staging = path.join(parent, `.${base}-new-${process.pid}`);
  const retired = path.join(parent, `.${base}-old-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [relative, content] of files) {
      const target = path.join(staging, relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content, 'utf8');
    }
    await mkdir(parent, { recursive: true });
    let hadPrevious = true;
    try {
      await rename(outDir, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadPrevious = false;
    }
    await rename(staging, outDir);
    if (hadPrevious) await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
