/**
 * Builds the search index after Astro has written the site: one Pagefind record per unit from
 * report.json (see src/search/records.ts), written to <outDir>/pagefind/. The build fails if
 * Pagefind reports an error or if a record points at a page the build did not write.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadReport } from '../report/load-report';
import { searchIndexOf } from '../search/records';
import { lexiconFile, resultDataFile, suggestionWordsFile, unitTextsFile } from '../search/index-names';
import { resultDataOf } from '../search/result-data';

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/** Files of Pagefind's own search interfaces, which the site does not load. */
const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The Astro integration; register it in astro.config.mjs after the page-producing integrations. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { records, lexicon, suggestionWords, unitTexts } = searchIndexOf(loadReport());
        const missing = records.filter((record) => !existsSync(path.join(outDir, record.url, 'index.html')));
        if (missing.length > 0) {
          throw new Error(`search index: no built page for ${missing.map((record) => record.url).join(', ')} in ${outDir}`);
        }
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
        failOn('createIndex', errors);
        try {
          // Sent all at once rather than each after the last one's answer: Pagefind's service (1.6)
          // reads its messages in the order they were written and handles one at a time, so the
          // index is the same, without a round trip per record (4,100 at 100 times this report).
          const added = await Promise.all(records.map((record) => index!.addCustomRecord(record)));
          added.forEach(({ errors }, position) => failOn(`addCustomRecord(${records[position]!.url})`, errors));
          failOn('writeFiles', (await index!.writeFiles({ outputPath: path.join(outDir, 'pagefind') })).errors);
          // The lexicon the search page reads beside Pagefind's files, to turn typed words into lemma codes.
          await writeFile(path.join(outDir, lexiconFile), JSON.stringify(lexicon));
          await writeFile(path.join(outDir, suggestionWordsFile), JSON.stringify(suggestionWords));
          await writeFile(path.join(outDir, unitTextsFile), JSON.stringify(unitTexts));
          // What a result shows, by result id, so the page needs no fragment per result.
          const fragmentDir = path.join(outDir, 'pagefind', 'fragment');
          const fragmentNames = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
          const fragments = await Promise.all(
            fragmentNames.map(async (name) => ({ id: name.replace(/\.pf_fragment$/, ''), bytes: await readFile(path.join(fragmentDir, name)) })),
          );
          // A unit with no word in it (punctuation alone) gets no fragment from Pagefind: no query finds it.
          const withWords = records.filter((record) => record.content.trim() !== '');
          const resultData = resultDataOf(fragments, withWords.map((record) => record.url));
          await writeFile(path.join(outDir, resultDataFile), JSON.stringify(resultData));
          // Pagefind also writes its ready-made interfaces (about 470 KB, a quarter of the site);
          // the search page is its own small interface over pagefind.js, so they would only be dead weight.
          await Promise.all(unusedPagefindFiles.map((file) => rm(path.join(outDir, 'pagefind', file), { force: true })));
        } finally {
          await pagefind.close();
        }
        logger.info(`indexed ${records.length} units (${lexicon.verbs.length} verbs listed) into ${path.join(outDir, 'pagefind')}`);
      },
    },
  };
}
