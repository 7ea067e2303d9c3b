/**
 * The content layer: one entry per unit, the MDX files that ingest writes, each compiled by
 * @astrojs/mdx (Astro's glob loader). The frontmatter is checked against the same contract ingest
 * validates against, so a drift between the two fails the build with the file name and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { unitFrontmatter } from './schema/report';
import { generatedDir } from './report/generated-dir';

const units = defineCollection({
  loader: glob({ pattern: '*.mdx', base: path.join(generatedDir, 'units') }),
  schema: unitFrontmatter,
});

/** Collections read by the pages: `units` (entry id "recommendation-12", "paragraph-5"). */
export const collections = { units };
