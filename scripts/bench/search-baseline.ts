/**
 * The measurement behind src/search/: the recall table (tests/site/search-queries.ts) run through
 * pagefind.js against two indexes of the same units, one of the plain text searched with the
 * query as typed (Pagefind alone), one of this project's index text searched with this project's
 * query (pagefindQuery). Prints recall for both and, for the queries plain Pagefind answers in
 * full, how far the top three results agree, so a change to the folding shows its price.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import type { Report } from '../../src/schema/report';
import { searchRecords } from '../../src/search/records';
import { pagefindQuery } from '../../src/search/query';
import { serveStatic } from '../../tests/support/static-server';
import { queryTable } from '../../tests/site/search-queries';

async function writeIndex(report: Report, plain: boolean): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), plain ? 'search-plain-' : 'search-ours-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="ar"><title>x</title></html>');
  const textByUrl = new Map(report.units.map((unit) => [unit.url, unit.text]));
  const { index } = await pagefind.createIndex({ forceLanguage: 'ar' });
  for (const record of searchRecords(report)) {
    await index!.addCustomRecord(plain ? { ...record, content: textByUrl.get(record.url)! } : record);
  }
  await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  return dir;
}

async function runTable(browser: Browser, dir: string, toQuery: (typed: string) => string): Promise<Map<string, string[]>> {
  const server = await serveStatic(dir);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/`);
    const urls = await page.evaluate(async (queries) => {
      // A variable, so TypeScript does not look for the module: it exists only in the served folder.
      const bundle = '/pagefind/pagefind.js';
      const api = await import(bundle);
      await api.options({ noWorker: true });
      const found: string[][] = [];
      for (const query of queries) {
        const search = await api.search(query);
        found.push(await Promise.all(search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url)));
      }
      return found;
    }, queryTable.map((row) => toQuery(row.query)));
    return new Map(queryTable.map((row, i) => [row.query, urls[i]!.map((url) => url.replace(/^\/recommendations\/(\d+)\/$/, 'recommendation-$1').replace(/^\/paragraphs\/(\d+)\/$/, 'paragraph-$1'))]));
  } finally {
    await page.close();
    await server.close();
  }
}

/** Print recall of plain Pagefind and of this index on the query table, and their top-3 agreement. */
export async function compareWithPlainPagefind(report: Report, browser: Browser): Promise<void> {
  const plainDir = await writeIndex(report, true);
  const oursDir = await writeIndex(report, false);
  await pagefind.close();
  try {
    const plain = await runTable(browser, plainDir, (typed) => typed);
    const ours = await runTable(browser, oursDir, pagefindQuery);
    let expected = 0;
    let plainFound = 0;
    let oursFound = 0;
    const overlaps: number[] = [];
    const misses: string[] = [];
    for (const row of queryTable) {
      const p = plain.get(row.query)!;
      const o = ours.get(row.query)!;
      expected += row.mustReturn.length;
      const pf = row.mustReturn.filter((id) => p.includes(id)).length;
      plainFound += pf;
      oursFound += row.mustReturn.filter((id) => o.includes(id)).length;
      if (pf < row.mustReturn.length) misses.push(`${row.query} ${pf}/${row.mustReturn.length}`);
      else if (p.length > 1) {
        const top = Math.min(3, p.length);
        overlaps.push(p.slice(0, top).filter((id) => o.slice(0, top).includes(id)).length / top);
      }
    }
    const percent = (n: number) => `${((100 * n) / expected).toFixed(1)}%`;
    console.log(`recall on the ${queryTable.length}-query table, index lookups only (no named-unit step):`);
    console.log(`  plain Pagefind ${plainFound}/${expected} = ${percent(plainFound)}; misses: ${misses.join('; ')}`);
    console.log(`  this index     ${oursFound}/${expected} = ${percent(oursFound)}`);
    console.log(
      `  where plain Pagefind finds everything, top-3 agreement ${(overlaps.reduce((a, b) => a + b, 0) / overlaps.length).toFixed(2)} over ${overlaps.length} queries`,
    );
  } finally {
    rmSync(plainDir, { recursive: true, force: true });
    rmSync(oursDir, { recursive: true, force: true });
  }
}
