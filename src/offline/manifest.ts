/**
 * What the service worker keeps for reading offline, from the list of built files (pure: paths
 * and bytes in, URLs and a version out). The version is a digest of every file's path and bytes,
 * so any change to the site makes a new cache and the old one is dropped.
 */
import { createHash } from 'node:crypto';

/** The file the service worker is written to; it does not cache itself. */
export const serviceWorkerFile = 'sw.js';

/** "recommendations/12/index.html" → "/recommendations/12/"; "data/report.json" → "/data/report.json". */
export function urlOfBuiltFile(filePath: string): string {
  if (filePath === 'index.html') return '/';
  if (filePath.endsWith('/index.html')) return `/${filePath.slice(0, -'index.html'.length)}`;
  return `/${filePath}`;
}

/**
 * `paths` are the built files' paths inside the build folder, with forward slashes
 * ("recommendations/12/index.html"); `bytesOf` gives a file's bytes. The files are asked for one
 * at a time, in path order, so that the whole site (170 MB at 100 times this report's size) is
 * never held in memory at once.
 */
export function offlineManifest(paths: readonly string[], bytesOf: (path: string) => Uint8Array): { version: string; urls: string[] } {
  const kept = paths.filter((file) => file !== serviceWorkerFile).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const digest = createHash('sha256');
  for (const file of kept) {
    digest.update(file);
    digest.update('\0');
    digest.update(bytesOf(file));
    digest.update('\0');
  }
  return { version: digest.digest('hex').slice(0, 16), urls: kept.map(urlOfBuiltFile) };
}

/** The service worker's source: the template with the version and the URLs written in as JSON. */
export function serviceWorkerSource(template: string, manifest: { version: string; urls: string[] }): string {
  const filled = template
    .replace('self.__OFFLINE_VERSION__', () => JSON.stringify(manifest.version))
    .replace('self.__OFFLINE_URLS__', () => JSON.stringify(manifest.urls));
  if (filled.includes('__OFFLINE_')) throw new Error('src/offline/service-worker.js: a placeholder was left unfilled');
  return filled;
}
