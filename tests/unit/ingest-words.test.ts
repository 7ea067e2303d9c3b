import { describe, expect, it } from 'vitest';
import { letterKey } from '../../src/text/arabic/characters';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { followReadingOrderChanges, keysOfLines, LineWords, wordsWithKeys } from '../../src/ingest/words';

describe('wordsWithKeys', () => {
  it('gives each word its letter key, in step even around words without letters', () => {
    const text = 'شُدِّدَ على "أهمية" البندين ٢ و٣ (٢٠١٤)، REDTRAM.';
    expect(wordsWithKeys(text)).toEqual(
      text.split(' ').map((word) => ({ text: word, key: letterKey(word), hasDigits: /[٠-٩]/u.test(word) })),
    );
    expect(wordsWithKeys('شُدِّدَ ٢ و٣').map((word) => word.key)).toEqual(['شدد', '', 'و']);
    expect(wordsWithKeys('')).toEqual([]);
  });
});

describe('Vocabulary', () => {
  it('counts words without diacritics or punctuation, and can leave one text out', () => {
    const vocabulary = new Vocabulary(['الاتِّجار بالبشر', 'الاتجار، بالأشخاص']);
    expect(vocabulary.count('الاتجار')).toBe(2);
    expect(vocabulary.without('الاتِّجار بالبشر').count('الاتجار')).toBe(1);
    expect(vocabulary.without('الاتِّجار بالبشر').count('بالبشر')).toBe(0);
    expect(vocabulary.count('غائب')).toBe(0);
  });
});

describe('followReadingOrderChanges', () => {
  it('counts a changed line again and leaves unchanged lines alone, in a new vocabulary', () => {
    const before = classifyLines([
      { lines: [1], source: '١٢التوصية', text: '١٢التوصية', changes: [] },
      { lines: [2], source: 'نص ثابت', text: 'نص ثابت', changes: [] },
    ]);
    const after = [{ ...before[0]!, text: 'التوصية ١٢' }, before[1]!];
    const lineWords = new LineWords();
    const vocabulary = Vocabulary.ofKeys(keysOfLines(before, lineWords));
    expect([vocabulary.count('١٢التوصية'), vocabulary.count('التوصية')]).toEqual([1, 1]);
    const followed = followReadingOrderChanges(vocabulary, before, after, lineWords);
    // "١٢التوصية" and "التوصية ١٢" have the same letters: the count of the word stays one, not two.
    expect(followed.count('التوصية')).toBe(1);
    expect(followed.count('نص')).toBe(1);
    const renamed = [{ ...before[0]!, text: 'توصية أخرى' }, before[1]!];
    const again = followReadingOrderChanges(followed, after, renamed, lineWords);
    expect([again.count('التوصية'), again.count('توصية'), again.count('أخرى')]).toEqual([0, 1, 1]);
    // The vocabularies given are left as they were.
    expect([followed.count('التوصية'), followed.count('توصية')]).toEqual([1, 0]);
    expect(vocabulary.count('١٢التوصية')).toBe(1);
  });
});
