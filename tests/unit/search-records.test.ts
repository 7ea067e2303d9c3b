import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/report/schema';
import { orderKey, searchIndexOf, sectionFilterLabel } from '../../src/search/records';
import { lemmaOfCode } from '../../src/search/lemma-codes';
import { median, isPrecompressed } from '../../bench/measure/search-summary';
import { pagefindFilters, paramsFromState, stateFromParams } from '../../src/search/client/search-state';

const fixture = report.parse(JSON.parse(readFileSync(new URL('./fixtures/search/report.json', import.meta.url), 'utf8')));

describe('searchIndexOf', () => {
  const { records, unitTexts } = searchIndexOf(fixture);

  it('makes one record per unit, in document order, at the unit’s URL', () => {
    expect(records.map((record) => record.url)).toEqual(['/recommendations/30/', '/recommendations/31/', '/paragraphs/2/']);
    expect(records.map((record) => record.sort.order)).toEqual(['001', '002', '003']);
  });

  it('titles and filters each unit, and gives its text by URL apart from the index', () => {
    expect(unitTexts['/recommendations/30/']).toBe(fixture.units.find((unit) => unit.id === 'recommendation-30')!.text);
    expect(Object.keys(unitTexts)).toEqual(records.map((record) => record.url));
    expect(records[0]).toMatchObject({
      url: '/recommendations/30/',
      language: 'ar',
      meta: { title: 'التوصية ٣٠' },
      filters: { kind: ['توصية'], section: ['ثانياً، باء – توصيات بشأن تدابير منع الجريمة'], unit: ['recommendation-30'] },
      sort: { order: '001' },
    });
    expect(records[2]!.filters).toEqual({ kind: ['فقرة'], section: ['ثالثاً – ملخَّص المداولات (تابع)'], unit: ['paragraph-2'] });
  });

  it('indexes one lemma code per word piece, the same code for two forms of one word', () => {
    // "ينبغي للدول الأعضاء تناول دور الفضاء السيبراني والتكنولوجيا."
    const codes = records[0]!.content.split(' ');
    expect(codes).toHaveLength(8);
    expect(codes.every((code) => lemmaOfCode(code) !== undefined)).toBe(true);
    expect(new Set(codes).size).toBe(8);
    // "بما يشمل من يستفيدون منه ماليًّا.": من and منه are one word.
    const r31 = records[1]!.content.split(' ');
    expect(r31).toHaveLength(6);
    expect(r31[4]).toBe(r31[2]);
    // The index holds no Arabic: only codes.
    expect(records.every((record) => /^[a-z]{3}( [a-z]{3})*$/u.test(record.content))).toBe(true);
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
