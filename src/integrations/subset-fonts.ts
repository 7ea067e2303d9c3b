/**
 * Cuts the Arabic text faces down to the Arabic block (./arabic-subset.ts) before Vite
 * bundles the CSS, and points the `@subset-fonts/` import alias at the results, which
 * src/styles/fonts.css and BaseLayout's preload links import.
 *
 * The subsets depend on the installed font package and the kept ranges, never on the report, so
 * they live in node_modules/.cache/subset-fonts/ and are made again only when their stamp (a
 * hash of the source face, the ranges and the subsetter's version) changes: a fresh checkout pays
 * about a second once, later builds nothing.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { arabicSubsetRanges, subsetToArabicBlock } from './arabic-subset';

const require = createRequire(import.meta.url);

/** The published faces to cut; each subset keeps its file's name under `@subset-fonts/`. */
export const subsetFaces = [
  { source: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2' },
  { source: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2' },
] as const;

/** Where the subsets are kept between builds, under the project root. */
export const subsetFontsFolder = 'node_modules/.cache/subset-fonts/';

function stampOf(sourceBytes: Buffer): string {
  const subsetterVersion = (require('subset-font/package.json') as { version: string }).version;
  return createHash('sha256')
    .update(sourceBytes)
    .update(JSON.stringify(arabicSubsetRanges))
    .update(subsetterVersion)
    .digest('hex');
}

/** Makes every subset whose stamp is missing or stale. */
export async function ensureSubsetFonts(outDir: string, logger?: AstroIntegrationLogger): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const face of subsetFaces) {
    const sourcePath = require.resolve(face.source);
    const sourceBytes = await readFile(sourcePath);
    const stamp = stampOf(sourceBytes);
    const file = path.basename(sourcePath);
    const target = path.join(outDir, file);
    const stampFile = `${target}.stamp`;
    const current = await readFile(stampFile, 'utf8').catch(() => undefined);
    const present = await access(target).then(
      () => true,
      () => false,
    );
    if (current === stamp && present) continue;
    const subset = await subsetToArabicBlock(sourceBytes);
    // Written beside the target and renamed, so a build running alongside never reads half a font.
    const partial = `${target}.${process.pid}.partial`;
    await writeFile(partial, subset);
    await rename(partial, target);
    await writeFile(stampFile, stamp);
    logger?.info(`${file}: ${sourceBytes.length} → ${subset.length} bytes`);
  }
}

/** The Astro integration; register it in astro.config.mjs before anything that renders pages. */
export default function subsetFonts(): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const outDir = fileURLToPath(new URL(subsetFontsFolder, config.root));
        await ensureSubsetFonts(outDir, logger);
        updateConfig({ vite: { resolve: { alias: { '@subset-fonts': outDir } } } });
      },
    },
  };
}
