import { describe, expect, it } from 'vitest';
import { letterKey } from '../../src/ingest/characters';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { wordsWithKeys } from '../../src/ingest/words';

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
