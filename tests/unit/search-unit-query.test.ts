import { describe, expect, it } from 'vitest';
import { namedUnit, namedUnitIds, toWesternDigits } from '../../src/search/unit-query';

describe('namedUnit', () => {
  it.each([
    ['التوصية 12', { kind: 'recommendation', number: 12 }],
    ['توصية ١٢', { kind: 'recommendation', number: 12 }],
    ['التوصيه١٢', { kind: 'recommendation', number: 12 }],
    ['الفقرة 5', { kind: 'paragraph', number: 5 }],
    ['  فقرة ٥ ', { kind: 'paragraph', number: 5 }],
    ['12', { number: 12 }],
    ['١٨', { number: 18 }],
  ])('%s names a unit', (query, expected) => {
    expect(namedUnit(query)).toEqual(expected);
  });
  it.each(['', 'الاتجار', '2019', 'التوصية', 'التوصية 12 الاتجار', 'الفقرة خمسة', 'الدول 12'])(
    '%s names no unit',
    (query) => {
      expect(namedUnit(query)).toBeUndefined();
    },
  );
});

describe('toWesternDigits', () => {
  it('reads Arabic-Indic and Eastern Arabic digits', () => {
    expect(toWesternDigits('١٢ ۳٤')).toBe('12 34');
  });
});

describe('namedUnitIds', () => {
  it('gives one id for a kind and a number, both kinds for a bare number, recommendation first', () => {
    expect(namedUnitIds({ kind: 'paragraph', number: 5 })).toEqual(['paragraph-5']);
    expect(namedUnitIds({ number: 12 })).toEqual(['recommendation-12', 'paragraph-12']);
  });
});
