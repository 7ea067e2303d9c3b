import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/search/fold';
import { particleVariants } from '../../src/search/particles';
import { addedForms, searchIndexText } from '../../src/search/index-text';
import { excerptRuns } from '../../src/search/excerpt';
import { pagefindQuery, maximumQueryWords } from '../../src/search/query';

describe('foldForSearch', () => {
  it('writes hamza on a seat as bare hamza and drops diacritics and tatweel', () => {
    expect(foldForSearch('المسئولين')).toBe(foldForSearch('المسؤولين'));
    expect(foldForSearch('المسؤولين')).toBe('المسءولين');
    expect(foldForSearch('الاتِّجار')).toBe('الاتجار');
    expect(foldForSearch('الأعضـــاء')).toBe('الأعضاء');
  });
});

describe('particleVariants', () => {
  it('removes conjunction, preposition and article one layer at a time', () => {
    expect(particleVariants('والتكنولوجيا')).toEqual(['التكنولوجيا', 'تكنولوجيا']);
    expect(particleVariants('وبالاتجار')).toEqual(['بالاتجار', 'الاتجار', 'اتجار']);
    expect(particleVariants('فالأمر')).toEqual(['الأمر', 'أمر']);
    expect(particleVariants('كمثال')).toEqual(['مثال']);
  });
  it('restores the alef that ل drops before the article', () => {
    expect(particleVariants('للاتجار')).toEqual(['الاتجار', 'اتجار']);
    expect(particleVariants('وللدول')).toEqual(['للدول', 'الدول', 'دول']);
  });
  it('never leaves fewer than two letters', () => {
    expect(particleVariants('وفد')).toEqual(['فد']);
    expect(particleVariants('ال')).toEqual([]);
    expect(particleVariants('في')).toEqual([]);
  });
});

describe('addedForms', () => {
  it('adds nothing Pagefind already folds: diacritics alone, Latin, digits', () => {
    expect(addedForms('الاتِّجار')).toEqual(['اتجار']);
    expect(addedForms('REDTRAM')).toEqual([]);
    expect(addedForms('(٢٠١٤)')).toEqual([]);
    expect(addedForms('في')).toEqual([]);
  });
  it('adds the folded seat and the particle-free forms, without punctuation', () => {
    expect(addedForms('والأطفال،')).toEqual(['الأطفال', 'أطفال']);
    expect(addedForms('المسؤولين')).toEqual(['المسءولين', 'مسءولين']);
  });
});

describe('searchIndexText', () => {
  it('keeps every word in place and attaches the added forms', () => {
    expect(searchIndexText('الفضاء السيبراني والتكنولوجيا في')).toBe(
      'الفضاء~فضاء السيبراني~سيبراني والتكنولوجيا~التكنولوجيا~تكنولوجيا في',
    );
  });
  it('refuses text that contains the separator', () => {
    expect(() => searchIndexText('a ~ b')).toThrow(/contains "~"/);
  });
});

describe('excerptRuns', () => {
  it('keeps the marks, removes the added forms and decodes Pagefind’s escaping', () => {
    const excerpt =
      'دور الفضاء~فضاء <mark>والتكنولوجيا~التكنولوجيا~تكنولوجيا</mark> في &lt;img src=x onerror=alert(1)&gt; &amp;';
    expect(excerptRuns(excerpt)).toEqual([
      { text: 'دور الفضاء ', marked: false },
      { text: 'والتكنولوجيا', marked: true },
      { text: ' في <img src=x onerror=alert(1)> &', marked: false },
    ]);
  });
  it('reads no markup but Pagefind’s own mark', () => {
    expect(excerptRuns('<b>x</b> <mark>y</mark>')).toEqual([
      { text: '<b>x</b> ', marked: false },
      { text: 'y', marked: true },
    ]);
  });
});

describe('pagefindQuery', () => {
  it('folds the query like the index and drops punctuation and symbols', () => {
    expect(pagefindQuery('  مسئولين، ')).toBe('مسءولين');
    expect(pagefindQuery('<img src=x onerror=alert(1)>')).toBe('img src x onerror alert 1');
    expect(pagefindQuery('؟!.,،')).toBe('');
    expect(pagefindQuery('a~b')).toBe('a b');
  });
  it('takes the article off words, as the index holds them without it too', () => {
    expect(pagefindQuery('الضحايا المسئولين')).toBe('ضحايا مسءولين');
    expect(pagefindQuery('التي الدول')).toBe('التي دول');
    expect(pagefindQuery('بالاتجار')).toBe('بالاتجار');
  });
  it('keeps at most maximumQueryWords words', () => {
    expect(pagefindQuery('كلمة '.repeat(200)).split(' ')).toHaveLength(maximumQueryWords);
  });
});
