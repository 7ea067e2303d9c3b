/** Sizes of a built site: pages, bytes of the whole output and of the Pagefind index. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the build produced. */
export interface DistStats {
  /** HTML files in the output. */
  pages: number;
  /** Bytes of every file in the output. */
  distBytes: number;
  /** Bytes of the Pagefind folder (index, fragments, scripts). */
  searchIndexBytes: number;
  files: number;
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Counts pages and bytes of a built site folder. */
export function distStats(distDir: string): DistStats {
  const files = walk(distDir);
  const searchDir = path.join(distDir, 'pagefind') + path.sep;
  let distBytes = 0;
  let searchIndexBytes = 0;
  for (const file of files) {
    const size = statSync(file).size;
    distBytes += size;
    if (file.startsWith(searchDir)) searchIndexBytes += size;
  }
  return { pages: files.filter((file) => file.endsWith('.html')).length, distBytes, searchIndexBytes, files: files.length };
}
