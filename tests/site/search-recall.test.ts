/**
 * Recall on the query table (search-queries.ts), through the real search page in Chromium: every
 * unit a query must return is listed, and a named unit comes first. The table and the recall are
 * printed with the run.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests } from './helpers/chromium';
import { searchByLink, type SearchOutcome } from '../support/search-results';
import { queryTable } from './search-queries';

describe('search recall on the query table', () => {
  const baseUrl = inject('baseUrl');
  const browser = chromiumForTests();
  let page: Page;
  const outcomes = new Map<string, SearchOutcome>();

  beforeAll(async () => {
    page = await browser().newPage();
  });

  it('has at least 30 queries covering every variation', () => {
    expect(queryTable.length).toBeGreaterThanOrEqual(30);
    const variations = new Set(queryTable.map((row) => row.variation));
    for (const variation of ['diacritics', 'tatweel', 'hamza on alef', 'hamza seat', 'final ى/ي', 'digits', 'particles', 'names a unit']) {
      expect(variations).toContain(variation);
    }
  });

  // One test per row, each with its own time limit, so a slow machine does not fail the table as a whole.
  it.each(queryTable.map((row) => [row.query, row] as const))('%s returns all its units', async (_query, row) => {
    const outcome = await searchByLink(page, baseUrl, row.query);
    outcomes.set(row.query, outcome);
    expect(outcome.state).toBe('done');
    expect(row.mustReturn.filter((id) => !outcome.unitIds.includes(id))).toEqual([]);
    if (row.first) expect(outcome.unitIds[0]).toBe(row.first);
  });

  it('has 100% recall over the table (printed)', () => {
    const lines = queryTable.map((row) => {
      const shown = outcomes.get(row.query)?.unitIds ?? [];
      const found = row.mustReturn.filter((id) => shown.includes(id)).length;
      const missing = row.mustReturn.filter((id) => !shown.includes(id));
      const first = row.first === undefined ? '' : shown[0] === row.first ? ' first ✓' : ` first ✗ (${shown[0] ?? 'none'})`;
      return `  ${row.query.padEnd(18)} ${row.variation.padEnd(14)} ${found}/${row.mustReturn.length}${first}${missing.length ? ` missing: ${missing.join(', ')}` : ''}`;
    });
    const expected = queryTable.reduce((sum, row) => sum + row.mustReturn.length, 0);
    const found = queryTable.reduce(
      (sum, row) => sum + row.mustReturn.filter((id) => outcomes.get(row.query)?.unitIds.includes(id)).length,
      0,
    );
    console.log(
      `Search recall: ${found}/${expected} = ${((100 * found) / expected).toFixed(1)}% over ${queryTable.length} queries\n${lines.join('\n')}`,
    );
    expect(found).toBe(expected);
  });
});
