/**
 * Where ingest writes its output. One setting so that layout work and tests can point the site at
 * another folder of the same shape (SITE_GENERATED_DIR) without touching the real one.
 */
import path from 'node:path';

/** Absolute path of the folder holding report.json and units/*.mdx. */
export const generatedDir = path.resolve(process.env.SITE_GENERATED_DIR ?? 'content/generated');

/** Absolute path of the folder of unit files, one `<kind>-<number>.mdx` per unit. */
export const unitFilesDir = path.join(generatedDir, 'units');
