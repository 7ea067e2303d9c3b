/**
 * The query table (search-queries.ts) through the real search page in Chromium, against the real
 * built index: for each query, recall over the first 10 results and precision of the first 5,
 * against the units worked out by reading the report; every unit the earlier keyword rows must
 * return is listed; a named unit comes first; partial matches are labelled; and every absent word
 * finds nothing, says so, and offers the expected suggestion. The table and its figures are printed
 * with the run (docs/search.md quotes them).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests } from './helpers/chromium';
import { searchByLink, searchByTyping, settled, type SearchOutcome } from '../support/search-results';
import { absentWords, queryTable, type QueryCase } from '../../support/search-queries';

/** Goals from the issue: recall over the first 10 results, precision of the first 5, over the whole table. */
const recallGoal = 0.95;
const precisionGoal = 0.9;

/** Every unit that is a right answer for a row. */
function relevant(row: QueryCase): Set<string> {
  return new Set([...row.mustReturn, ...(row.alsoRelevant ?? [])]);
}

/** Right answers among the first 10, out of as many right answers as fit in 10. */
export function recallAt10(row: QueryCase, shown: string[]): { found: number; wanted: number } {
  const right = relevant(row);
  return { found: shown.slice(0, 10).filter((id) => right.has(id)).length, wanted: Math.min(10, right.size) };
}

/** Right answers among the first 5 shown, out of those shown (at most 5). */
export function precisionAt5(row: QueryCase, shown: string[]): { right: number; shown: number } {
  const right = relevant(row);
  const first = shown.slice(0, 5);
  return { right: first.filter((id) => right.has(id)).length, shown: first.length };
}

// The rows of the table before issue 13 (and the named units): they must still return every unit.
const keywordRows = queryTable.filter((row) =>
  ['diacritics', 'tatweel', 'hamza on alef', 'hamza seat', 'final ى/ي', 'digits', 'particles', 'names a unit', 'phrase', 'Latin', 'mixed scripts'].includes(row.variation),
);

const baseUrl = inject('baseUrl');
// One Chromium for the file: each table has a search page of its own in it.
const browser = chromiumForTests();

describe('search on the query table', () => {
  let page: Page;
  const outcomes = new Map<string, SearchOutcome>();

  // One search page for the whole table, each query typed into its box as a reader does: the
  // index a reader's first search loads serves the next ones, as on the site.
  beforeAll(async () => {
    page = await browser().newPage();
    await page.goto(`${baseUrl}/search/`);
    await settled(page);
  });

  it('has at least 40 queries of the issue’s kinds, on top of the keyword rows, and a list of absent words', () => {
    expect(queryTable.length - keywordRows.length).toBeGreaterThanOrEqual(40);
    const variations = new Set(queryTable.map((row) => row.variation));
    for (const variation of ['sound plural, dual, case', 'feminine, plural, pronoun', 'broken plural', 'verb person, tense', 'several words', 'partial', 'quoted phrase', 'same root, other word']) {
      expect(variations).toContain(variation);
    }
    expect(absentWords.length).toBeGreaterThanOrEqual(10);
  });

  // One test per row, each with its own time limit, so a slow machine does not fail the table as a whole.
  it.each(queryTable.map((row) => [row.query, row] as const))('%s', async (_query, row) => {
    const outcome = await searchByTyping(page, row.query);
    outcomes.set(row.query, outcome);
    expect(outcome.state).toBe('done');
    if (keywordRows.includes(row)) expect(row.mustReturn.filter((id) => !outcome.unitIds.includes(id))).toEqual([]);
    if (row.first) expect(outcome.unitIds[0]).toBe(row.first);
    if (row.partial) {
      expect(outcome.partialIds).toEqual(outcome.unitIds);
      expect(outcome.status).toMatch(/^لا توجد وحدة فيها كل كلمات/);
    } else {
      expect(outcome.partialIds).toEqual([]);
    }
  });

  it('reaches the recall and precision goals over the table (printed)', () => {
    let found = 0;
    let wanted = 0;
    let right = 0;
    let shown = 0;
    const lines = queryTable.map((row) => {
      const ids = outcomes.get(row.query)?.unitIds ?? [];
      const recall = recallAt10(row, ids);
      const precision = precisionAt5(row, ids);
      found += recall.found;
      wanted += recall.wanted;
      right += precision.right;
      shown += precision.shown;
      const missing = [...relevant(row)].filter((id) => !ids.slice(0, 10).includes(id)).slice(0, Math.max(0, recall.wanted - recall.found));
      const wrong = ids.slice(0, 5).filter((id) => !relevant(row).has(id));
      return `| ${row.query} | ${row.variation} | ${recall.found}/${recall.wanted} | ${precision.right}/${precision.shown} | ${[...missing.map((id) => `missing ${id}`), ...wrong.map((id) => `wrong ${id}`)].join(', ')} |`;
    });
    const recall = found / wanted;
    const precision = right / shown;
    console.log(
      `Search over ${queryTable.length} queries: recall@10 ${found}/${wanted} = ${(100 * recall).toFixed(1)}%, ` +
        `precision@5 ${right}/${shown} = ${(100 * precision).toFixed(1)}%\n| query | kind | recall@10 | precision@5 | notes |\n| --- | --- | --- | --- | --- |\n${lines.join('\n')}`,
    );
    expect(recall).toBeGreaterThanOrEqual(recallGoal);
    expect(precision).toBeGreaterThanOrEqual(precisionGoal);
  });
});

describe('words the report does not use', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser().newPage();
    await page.goto(`${baseUrl}/search/`);
    await settled(page);
  });

  it.each(absentWords.map((row) => [row.query, row] as const))('%s finds nothing and says so', async (_query, row) => {
    const outcome = await searchByTyping(page, row.query);
    expect(outcome.state).toBe('done');
    expect(outcome.unitIds).toEqual([]);
    expect(outcome.status).toMatch(/^لا توجد نتائج لـ«/);
    expect(outcome.note).toContain(`لا ترد «${row.query}» في التقرير بأي صيغة`);
    if (row.suggestion) {
      expect(outcome.suggestions.map((word) => word.replace(/[أإآ]/gu, 'ا'))).toEqual([row.suggestion]);
      // The suggestion is a link that runs the search for it.
      await page.locator('a[data-suggestion]').click();
      await page.waitForURL((url) => url.searchParams.get('q') === outcome.suggestions[0]);
      const followed = await searchByLink(page, baseUrl, outcome.suggestions[0]!);
      expect(followed.unitIds.length).toBeGreaterThan(0);
    }
  });
});
