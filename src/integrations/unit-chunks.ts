/**
 * The server bundle of the unit files (a Vite plugin, astro.config.mjs). Every unit file is a
 * module of its own (src/integrations/unit-modules.ts), imported dynamically, and Rollup would
 * write each as a chunk of its own: 4,100 chunks for a report of 4,100 units, each rendered,
 * hashed, written and then imported by the page renderer. Here the compiled unit modules go into
 * chunks of 100 units by kind and number ("units-recommendation-0" holds recommendations 0–99),
 * which cuts that per-chunk work.
 *
 * Only the server build, which Astro runs to render the pages and then deletes: nothing a reader
 * downloads changes.
 */
import type { Plugin } from 'vite';

/** How many units share one server chunk. */
export const unitsPerChunk = 100;

/** The chunk a module goes into: a unit file's compiled module by kind and number, else Rollup's choice. */
export function unitChunkName(moduleId: string): string | undefined {
  if (moduleId.includes('?')) return undefined;
  const unit = /\/units\/([a-z]+)-(\d+)\.mdx$/.exec(moduleId);
  if (!unit) return undefined;
  return `units-${unit[1]}-${Math.floor(Number(unit[2]) / unitsPerChunk)}`;
}

export default function unitChunks(): Plugin {
  return {
    name: 'site:unit-chunks',
    apply: 'build',
    config(_config, env) {
      if (!env.isSsrBuild) return undefined;
      return { build: { rollupOptions: { output: { manualChunks: unitChunkName } } } };
    },
  };
}
