import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/schema/report';
import { orderKey, searchRecords, sectionFilterLabel } from '../../src/search/records';
import { median, isPrecompressed } from '../../scripts/bench/search-summary';
import { pagefindFilters, paramsFromState, stateFromParams } from '../../src/search/client/search-state';

const fixture = report.parse(JSON.parse(readFileSync(new URL('./fixtures/search/report.json', import.meta.url), 'utf8')));

describe('searchRecords', () => {
  const records = searchRecords(fixture);

  it('makes one record per unit, in document order, at the unit’s URL', () => {
    expect(records.map((record) => record.url)).toEqual(['/recommendations/30/', '/recommendations/31/', '/paragraphs/2/']);
    expect(records.map((record) => record.sort.order)).toEqual(['001', '002', '003']);
  });

  it('titles, filters and marks each unit', () => {
    expect(records[0]).toEqual({
      url: '/recommendations/30/',
      content: 'ينبغي لل~دول ال~أعضاء تناول دور ال~فضاء ال~سيبراني وال~تكنولوجيا.',
      language: 'ar',
      meta: { title: 'التوصية ٣٠' },
      filters: { kind: ['توصية'], section: ['ثانياً، باء – توصيات بشأن تدابير منع الجريمة'], unit: ['recommendation-30'] },
      sort: { order: '001' },
    });
    expect(records[2]!.filters).toEqual({ kind: ['فقرة'], section: ['ثالثاً – ملخَّص المداولات (تابع)'], unit: ['paragraph-2'] });
    expect(records[2]!.content).toContain('ال~مسؤولين|مسءولين');
  });

  it('names the unit and its source lines when a text cannot be indexed', () => {
    const broken = structuredClone(fixture);
    broken.units[1]!.text = 'نص فيه ~ علامة';
    expect(() => searchRecords(broken)).toThrow(/unit recommendation-30 \(source lines 120\): the text contains "~"/);
  });

  it('rejects a unit whose section is missing from the tree', () => {
    expect(() => sectionFilterLabel({ ...fixture, sections: [] }, 'ii-b')).toThrow(/"ii-b" is not among report.sections/);
  });
});

describe('orderKey', () => {
  it('pads so that text order is document order', () => {
    expect([orderKey(12), orderKey(7), orderKey(100)].sort()).toEqual(['007', '012', '100']);
  });
});

describe('search state in the URL', () => {
  it('round-trips query and filters, leaving out what is empty', () => {
    const state = { query: 'الاتجار', kinds: ['فقرة'], sections: ['ثالثاً – ملخَّص المداولات (تابع)'] };
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
    expect(paramsFromState({ query: '  ', kinds: [], sections: [] }).toString()).toBe('');
  });
  it('turns choices into Pagefind filters, none chosen meaning no restriction', () => {
    expect(pagefindFilters({ query: '', kinds: ['توصية'], sections: [] })).toEqual({ kind: { any: ['توصية'] } });
    expect(pagefindFilters({ query: 'x', kinds: [], sections: [] })).toEqual({});
  });
});

describe('bench arithmetic', () => {
  it('takes medians and knows Pagefind’s precompressed files', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(() => median([])).toThrow();
    expect(isPrecompressed('/pagefind/wasm.ar.pagefind')).toBe(true);
    expect(isPrecompressed('/pagefind/pagefind.js')).toBe(false);
  });
});
