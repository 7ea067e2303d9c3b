import { describe, expect, it } from 'vitest';
import { atomsOf, tokensOfSource } from '../../src/ingest/reading-search';
import { mayBeUnlistedWord, readingsIfUnlistedWordsCount } from '../../src/ingest/unlisted-word';
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

  it('finds the reading that keeps «سري لانكا،» apart once «لانكا،» counts as a word', () => {
    const atoms = atomsOfLine('لانكا، فرنسا،  البحرين، دولة فلسطين، رومانيا، سري');
    expect(readingsIfUnlistedWordsCount(atoms, rules, 'البحرين، دولة فلسطين، رومانيا، سريلانكا، فرنسا،')).toEqual(['البحرين، دولة فلسطين، رومانيا، سري لانكا، فرنسا،']);
  });

  it('finds no rival where every word is a word the lists know', () => {
    const atoms = atomsOfLine('فرنسا،  البحرين، دولة فلسطين، رومانيا،');
    expect(readingsIfUnlistedWordsCount(atoms, rules, 'البحرين، دولة فلسطين، رومانيا، فرنسا،')).toEqual([]);
  });
});
