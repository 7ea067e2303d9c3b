import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/search/fold';
import { particleVariants } from '../../src/search/particles';
import { indexToken, searchIndexText } from '../../src/search/index-text';
import { excerptRuns, scriptSegments } from '../../src/search/excerpt';
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

describe('indexToken', () => {
  it('leaves alone what Pagefind already handles: diacritics, Latin, digits, words without particles', () => {
    expect(indexToken('الاتِّجار')).toBe('ال~اتِّجار');
    expect(indexToken('REDTRAM')).toBe('REDTRAM');
    expect(indexToken('(٢٠١٤)،')).toBe('(٢٠١٤)،');
    expect(indexToken('في')).toBe('في');
    expect(indexToken('ضحايا')).toBe('ضحايا');
  });
  it('marks where the particles end, keeping marks and punctuation where they were', () => {
    expect(indexToken('والأطفال،')).toBe('وال~أطفال،');
    expect(indexToken('للاتِّجار')).toBe('لل~اتِّجار');
    expect(indexToken('وللدول')).toBe('ولل~دول');
    expect(indexToken('"اعرف')).toBe('"اعرف');
    expect(indexToken('(المتاحة')).toBe('(ال~متاحة');
    expect(indexToken('كمثالٍ')).toBe('ك~مثالٍ');
  });
  it('appends the word with its hamza seat folded', () => {
    expect(indexToken('المسؤولين')).toBe('ال~مسؤولين|مسءولين');
    expect(indexToken('يبدؤوا')).toBe('يبدؤوا|يبدءوا');
  });
});

describe('searchIndexText', () => {
  it('keeps every word in place', () => {
    expect(searchIndexText('الفضاء السيبراني  والتكنولوجيا في')).toBe('ال~فضاء ال~سيبراني وال~تكنولوجيا في');
  });
  it('refuses text that contains one of its marks', () => {
    expect(() => searchIndexText('a ~ b')).toThrow(/contains "~"/);
    expect(() => searchIndexText('a | b')).toThrow(/contains "\|"/);
  });
});

describe('excerptRuns', () => {
  it('keeps the marks, removes the added forms and decodes Pagefind’s escaping', () => {
    const excerpt =
      'دور ال~فضاء <mark>وال~تكنولوجيا</mark> في <mark>ال~مسؤولين|مسءولين</mark> &lt;img src=x onerror=alert(1)&gt; &amp;';
    expect(excerptRuns(excerpt)).toEqual([
      { text: 'دور الفضاء ', marked: false },
      { text: 'والتكنولوجيا', marked: true },
      { text: ' في ', marked: false },
      { text: 'المسؤولين', marked: true },
      { text: ' <img src=x onerror=alert(1)> &', marked: false },
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
    expect(pagefindQuery('a~b|c')).toBe('a b c');
  });
  it('takes the article off words, as the index holds them without it too', () => {
    expect(pagefindQuery('الضحايا المسئولين')).toBe('ضحايا مسءولين');
    expect(pagefindQuery('التي الدول')).toBe('التي دول');
    expect(pagefindQuery('بالاتجار')).toBe('بالاتجار');
    expect(pagefindQuery('الاتِّجار')).toBe('اتِّجار');
  });
  it('keeps at most maximumQueryWords words', () => {
    expect(pagefindQuery('كلمة '.repeat(200)).split(' ')).toHaveLength(maximumQueryWords);
  });
});

describe('scriptSegments', () => {
  it('keeps an English title as one Latin phrase between Arabic text', () => {
    expect(scriptSegments('بعنوان "Handbook on how to prevent" (٢٠١٤)، شبكة REDTRAM التي')).toEqual([
      { text: 'بعنوان "', latin: false },
      { text: 'Handbook on how to prevent', latin: true },
      { text: '" (٢٠١٤)، شبكة ', latin: false },
      { text: 'REDTRAM', latin: true },
      { text: ' التي', latin: false },
    ]);
    expect(scriptSegments('نص عربي فقط')).toEqual([{ text: 'نص عربي فقط', latin: false }]);
  });
});
