/**
 * Writes /sw.js, the service worker that keeps the site for reading offline, once every other
 * integration has written its files (register it last in astro.config.mjs): the list of URLs it
 * caches is every file of the build, and its version a digest of them (src/offline/manifest.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { offlineManifest, serviceWorkerFile, serviceWorkerSource } from '../offline/manifest';

const template = fileURLToPath(new URL('../offline/service-worker.js', import.meta.url));

export default function offlineReading(): AstroIntegration {
  return {
    name: 'offline-reading',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
        const files = await Promise.all(
          entries
            .filter((entry) => entry.isFile())
            .map(async (entry) => {
              const absolute = path.join(entry.parentPath, entry.name);
              return { path: path.relative(outDir, absolute).split(path.sep).join('/'), bytes: await readFile(absolute) };
            }),
        );
        const manifest = offlineManifest(files);
        await writeFile(path.join(outDir, serviceWorkerFile), serviceWorkerSource(await readFile(template, 'utf8'), manifest));
        logger.info(`service worker ${manifest.version}: ${manifest.urls.length} files for reading offline`);
      },
    },
  };
}
