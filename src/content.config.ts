/**
 * The content layer: one entry per unit, read from the MDX files that ingest writes. The
 * frontmatter is checked against the same contract ingest validates against, so a drift between
 * the two fails the build with the file name and the field.
 */
import { defineCollection } from 'astro:content';
import path from 'node:path';
import { unitFrontmatter } from './schema/report';
import { generatedDir } from './lib/generated-dir';
import { unitFilesLoader } from './lib/unit-files-loader';

const units = defineCollection({
  // Not Astro's glob loader: it would compile every unit into a module of Vite's bundle, which
  // made a 4,100-unit report build for minutes (see src/lib/unit-files-loader.ts).
  loader: unitFilesLoader(path.join(generatedDir, 'units')),
  schema: unitFrontmatter,
});

/** Collections read by the pages: `units` (entry id "recommendation-12", "paragraph-5"). */
export const collections = { units };
