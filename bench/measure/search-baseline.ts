/**
 * The measurement behind src/search/lexicon/: the query table and the absent words
 * (support/search-queries.ts) answered by what exists before writing anything:
 *
 * - Pagefind 1.6 alone, `lang="ar"` (its own Snowball Arabic stemmer), on the plain unit texts,
 *   queried as typed through pagefind.js in Chromium;
 * - the Snowball Arabic stemmer of `snowball-stemmers` and of `@orama/stemmers`: a unit answers a
 *   word when one of its words has the same stem;
 * - this project's lexicon, the same way (word in, lemmas, units with them).
 *
 * The three without Pagefind rank units by how often they hold the words, need every word (no
 * partial matches, no phrase order), and are scored like the recall test: recall over the first 10
 * results, precision of the first 5, and how many absent words find something. The real search
 * (Pagefind's ranking over lemma codes, phrases, partial matches) is measured by
 * tests/site/search-recall.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { stemmer as oramaArabic } from '@orama/stemmers/arabic';
import type { Report } from '../../src/report/schema';
import { searchIndexOf } from '../../src/search/records';
import { buildLexicon } from '../../src/search/lexicon/build-lexicon';
import { wordPieces } from '../../src/search/lexicon/letters';
import { analyseWord, isInReport, loadLexicon } from '../../src/search/lexicon/lookup';
import { parseQuery, queryWords } from '../../src/search/query';
import { serveStatic } from '../../support/static-server';
import { absentWords, queryTable, type QueryCase } from '../../support/search-queries';

const snowball = (createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(language: string): { stem(word: string): string } }).newStemmer('arabic');

// The rows that test the index, not the named-unit step.
const rows = queryTable.filter((row) => row.variation !== 'names a unit');
const unitId = (url: string) => url.replace(/^\/recommendations\/(\d+)\/$/, 'recommendation-$1').replace(/^\/paragraphs\/(\d+)\/$/, 'paragraph-$1');

/** Ranked unit ids for a query. */
type Answer = (query: string) => string[];

async function plainPagefind(report: Report, browser: Browser): Promise<Map<string, string[]>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-plain-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="ar"><title>x</title></html>');
  const { index } = await pagefind.createIndex({ forceLanguage: 'ar' });
  const { records, unitTexts } = searchIndexOf(report);
  for (const record of records) await index!.addCustomRecord({ ...record, content: unitTexts[record.url]! });
  await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  const server = await serveStatic(dir);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/`);
    const queries = [...rows.map((row) => row.query), ...absentWords.map((row) => row.query)];
    const urls = await page.evaluate(async (all) => {
      const bundle = '/pagefind/pagefind.js';
      const api = await import(bundle);
      await api.options({ noWorker: true });
      const found: string[][] = [];
      for (const query of all) {
        const search = await api.search(query);
        found.push(await Promise.all(search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url)));
      }
      return found;
    }, queries);
    return new Map(queries.map((query, i) => [query, urls[i]!.map(unitId)]));
  } finally {
    await page.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Units ranked by how many of their words answer each query word; every word must answer. */
function byWords(report: Report, matches: (typedWord: string) => (unitWord: string) => boolean): Answer {
  const units = [...report.units].sort((a, b) => a.order - b.order);
  const words = units.map((unit) => unit.text.split(/\s+/u).flatMap((token) => wordPieces(token).map((piece) => piece.written)));
  return (query) => {
    const typed = queryWords(parseQuery(query)).flatMap((word) => wordPieces(word).map((piece) => piece.written));
    if (typed.length === 0) return [];
    const tests = typed.map(matches);
    return units
      .map((unit, i) => ({ id: unit.id, counts: tests.map((test) => words[i]!.filter(test).length) }))
      .filter((unit) => unit.counts.every((count) => count > 0))
      .sort((a, b) => b.counts.reduce((x, y) => x + y) - a.counts.reduce((x, y) => x + y))
      .map((unit) => unit.id);
  };
}

/** The same ranking over the lexicon: each word of a unit has its lemma (build-lexicon.ts). */
function byLemmas(report: Report, lemmaSequences: number[][], lexicon: ReturnType<typeof loadLexicon>): Answer {
  const units = [...report.units].sort((a, b) => a.order - b.order);
  return (query) => {
    const typed = queryWords(parseQuery(query)).map((word) => analyseWord(word, lexicon));
    if (typed.length === 0 || !typed.every(isInReport)) return [];
    const wanted = typed.flatMap((word) => word.pieces.map((lemmas) => new Set(lemmas)));
    return units
      .map((unit, i) => ({ id: unit.id, counts: wanted.map((set) => lemmaSequences[i]!.filter((lemma) => set.has(lemma)).length) }))
      .filter((unit) => unit.counts.every((count) => count > 0))
      .sort((a, b) => b.counts.reduce((x, y) => x + y) - a.counts.reduce((x, y) => x + y))
      .map((unit) => unit.id);
  };
}

function score(answer: Answer | Map<string, string[]>): { recall: [number, number]; precision: [number, number]; absentHits: string[]; byKind: Map<string, [number, number]> } {
  const ask = (query: string) => (answer instanceof Map ? answer.get(query)! : answer(query));
  const recall: [number, number] = [0, 0];
  const precision: [number, number] = [0, 0];
  const byKind = new Map<string, [number, number]>();
  for (const row of rows as QueryCase[]) {
    const right = new Set([...row.mustReturn, ...(row.alsoRelevant ?? [])]);
    const shown = ask(row.query);
    const found = shown.slice(0, 10).filter((id) => right.has(id)).length;
    const wanted = Math.min(10, right.size);
    recall[0] += found;
    recall[1] += wanted;
    precision[0] += shown.slice(0, 5).filter((id) => right.has(id)).length;
    precision[1] += shown.slice(0, 5).length;
    const kind = byKind.get(row.variation) ?? [0, 0];
    byKind.set(row.variation, [kind[0] + found, kind[1] + wanted]);
  }
  return { recall, precision, absentHits: absentWords.filter((row) => ask(row.query).length > 0).map((row) => row.query), byKind };
}

/** Print recall, precision and false hits of each approach on the table. */
export async function compareWithPlainPagefind(report: Report, browser: Browser): Promise<void> {
  const built = buildLexicon([...report.units].sort((a, b) => a.order - b.order).map((unit) => unit.text));
  const lexicon = loadLexicon(built.lexicon);
  const strip = (word: string) => word.replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
  const approaches: [string, Answer | Map<string, string[]>][] = [
    ['Pagefind 1.6 alone (lang="ar")', await plainPagefind(report, browser)],
    ['snowball-stemmers 0.6.0, Arabic', byWords(report, (typed) => (word) => snowball.stem(strip(word)) === snowball.stem(strip(typed)))],
    ['@orama/stemmers 3.1.18, Arabic', byWords(report, (typed) => (word) => oramaArabic(strip(word)) === oramaArabic(strip(typed)))],
    ['this lexicon', byLemmas(report, built.lemmaSequences, lexicon)],
  ];
  const kinds = [...new Set(rows.map((row) => row.variation))];
  const percent = ([a, b]: [number, number]) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(`\n${rows.length} queries (named units left out) and ${absentWords.length} absent words:\n`);
  console.log(`| approach | recall@10 | precision@5 | absent words with results | ${kinds.join(' | ')} |`);
  console.log(`| --- | --- | --- | --- | ${kinds.map(() => '---').join(' | ')} |`);
  for (const [name, answer] of approaches) {
    const result = score(answer);
    console.log(
      `| ${name} | ${percent(result.recall)} | ${percent(result.precision)} | ${result.absentHits.length} (${result.absentHits.join('، ')}) | ${kinds.map((kind) => percent(result.byKind.get(kind)!)).join(' | ')} |`,
    );
  }
}
