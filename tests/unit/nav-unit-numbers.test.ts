/**
 * A section's row of unit numbers in the report's contents, built once per section and reused on
 * every page (src/report/nav-unit-numbers.ts). The expected HTML is what the contents component
 * wrote on the real site before the rows were reused (dist/recommendations/12/index.html).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { navUnitNumbersHtml } from '../../src/report/nav-unit-numbers';
import { parseReportJson } from '../../src/report/load-report';
import type { Unit } from '../../src/report/schema';

const report = parseReportJson(readFileSync(path.join(import.meta.dirname, 'fixtures/site/small-report.json'), 'utf8'), 'small-report.json');
const [paragraph2, recommendation12, recommendation13] = report.units as [Unit, Unit, Unit];

describe('navUnitNumbersHtml', () => {
  it('writes a named list of links, the page’s own unit marked', () => {
    expect(navUnitNumbersHtml([recommendation12, recommendation13], 'recommendation-12')).toBe(
      '<ol class="nav-units" aria-label="التوصيات"><li><a href="/recommendations/12/" aria-current="page">١٢</a></li>' +
        '<li><a href="/recommendations/13/">١٣</a></li></ol>',
    );
  });

  it('marks the rarer kind in a mixed row with its initial', () => {
    expect(navUnitNumbersHtml([paragraph2, recommendation12, recommendation13])).toBe(
      '<ol class="nav-units" aria-label="التوصيات والفقرات"><li><a href="/paragraphs/2/"><span>ف</span>٢</a></li>' +
        '<li><a href="/recommendations/12/">١٢</a></li><li><a href="/recommendations/13/">١٣</a></li></ol>',
    );
  });

  it('reuses a row without the page’s unit as it is, and marks the row that holds it afresh on each page', () => {
    const row = [recommendation12, recommendation13];
    const unmarked = navUnitNumbersHtml(row, 'paragraph-2');
    expect(unmarked).not.toContain('aria-current');
    expect(navUnitNumbersHtml(row)).toBe(unmarked);
    expect(navUnitNumbersHtml(row, 'recommendation-13')).toContain('<a href="/recommendations/13/" aria-current="page">١٣</a>');
    expect(navUnitNumbersHtml(row, 'recommendation-12')).toContain('<a href="/recommendations/12/" aria-current="page">١٢</a>');
    expect(navUnitNumbersHtml(row, 'recommendation-12')).not.toContain('<a href="/recommendations/13/" aria-current');
  });

  it('writes nothing for a section without units of its own', () => {
    expect(navUnitNumbersHtml([])).toBe('');
  });
});
