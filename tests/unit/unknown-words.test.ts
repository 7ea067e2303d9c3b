import { describe, expect, it } from 'vitest';
import { atomsOf, tokensOfSource } from '../../src/ingest/reading-search';
import { countingUnknownWords, mayBeUnlistedWord, readingsIfUnlistedWordsCount, readingsWithNamesInside } from '../../src/ingest/unknown-words';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { WordJudge, wordListOf } from '../../src/ingest/word-list';

describe('mayBeUnlistedWord', () => {
  it('takes an Arabic word of three letters or more closed by punctuation', () => {
    expect(mayBeUnlistedWord('لانكا،')).toBe(true);
    expect(mayBeUnlistedWord('تويتر،')).toBe(true);
    expect(mayBeUnlistedWord('افحته.')).toBe(true);
  });

  it('leaves a piece nothing closes, a short piece, and what is not Arabic letters', () => {
    expect(mayBeUnlistedWord('رلندا')).toBe(false);
    expect(mayBeUnlistedWord('الإيض')).toBe(false);
    expect(mayBeUnlistedWord('را،')).toBe(false);
    expect(mayBeUnlistedWord('REDTRAM،')).toBe(false);
    expect(mayBeUnlistedWord('٢٠١٩،')).toBe(false);
  });
});

describe('readingsIfUnlistedWordsCount', () => {
  const judge = new WordJudge(new Vocabulary(['دولة']), wordListOf(['سري', 'سريلانكا', 'فرنسا', 'رومانيا', 'فلسطين', 'البحرين']));
  const rules = { strength: (word: string, made: boolean) => judge.strength(word, made), accepts: () => true, maxPieces: 2, minPieces: 2 };
  const atomsOfLine = (line: string) => atomsOf(tokensOfSource(line), (word) => judge.isWord(word));
  const tokensOf = (line: string) => tokensOfSource(line);

  it('finds the reading that keeps «سري لانكا،» apart once «لانكا،» counts as a word', () => {
    const line = 'لانكا، فرنسا،  البحرين، دولة فلسطين، رومانيا، سري';
    expect(readingsIfUnlistedWordsCount(atomsOfLine(line), rules, tokensOf(line), 'البحرين، دولة فلسطين، رومانيا، سريلانكا، فرنسا،')).toEqual(['البحرين، دولة فلسطين، رومانيا، سري لانكا، فرنسا،']);
  });

  it('finds no rival where every word is a word the lists know', () => {
    const line = 'فرنسا،  البحرين، دولة فلسطين، رومانيا،';
    expect(readingsIfUnlistedWordsCount(atomsOfLine(line), rules, tokensOf(line), 'البحرين، دولة فلسطين، رومانيا، فرنسا،')).toEqual([]);
  });
});

describe('readingsWithNamesInside: a name no list knows carries a reading only inside a piece', () => {
  const judge = new WordJudge(new Vocabulary(['حساب على كما عرض']), wordListOf([]));
  const rules = { strength: (word: string, made: boolean) => judge.strength(word, made), accepts: () => true, maxPieces: 2, minPieces: 2 };
  const search = (line: string) => readingsWithNamesInside(atomsOf(tokensOfSource(line), (word) => judge.isWord(word)), rules, tokensOfSource(line))?.result.readings ?? [];

  it('counts «تويتر،» between two words of its piece: the halves swapped at the run of spaces read', () => {
    expect(search('عرض  حساب على تويتر، كما')).toEqual(['حساب على تويتر، كما عرض']);
  });

  it('does not count it beside a run of spaces, where it may be the end of a word cut there («المكسيك،  انكا،»)', () => {
    expect(search('عرض كما  تويتر، حساب على')).toEqual([]);
  });

  it('does not count it as the line\'s first or last word', () => {
    expect(search('تويتر، عرض  حساب على كما')).toEqual([]);
  });

  it('does not count two words glued where pieces met («تأشيراتالبلد،»)', () => {
    const glued = new WordJudge(new Vocabulary(['حساب على كما عرض البلد،']), wordListOf(['تأشيرات']));
    const gluedRules = { ...rules, strength: (word: string, made: boolean) => glued.strength(word, made) };
    const line = 'عرض  حساب على تأشيراتالبلد، كما';
    expect(countingUnknownWords(gluedRules, tokensOfSource(line), { kind: 'names', where: 'inside' })).toBe(gluedRules);
  });
});
