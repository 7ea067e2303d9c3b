/**
 * Line 237 of the report, put back by the passes once three kinds of word count that no list
 * and no undamaged line of the report vouch for: a name no list knows closed by punctuation
 * («تويتر،») where no reading passes without it (src/ingest/unlisted-word.ts), the conjunction
 * «و» before a slash («و/أو»: src/ingest/slash-words.ts), and a word of two letters the list
 * knows between two words of its own piece («خط»: src/ingest/inner-two-letter-word.ts). Each
 * with the line where it must not act. Expected texts are the report's published sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from '../../src/ingest/classified-line';
import { isInnerTwoLetterWord } from '../../src/ingest/inner-two-letter-word';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { readingOrderPasses } from '../../src/ingest/passes/index';
import { normalizeLines } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';
import { runReadingOrderPasses } from '../../src/ingest/passes/reading-order-pass';
import { atomsOf, searchReadings, tokensOfSource } from '../../src/ingest/reading-search';
import { isSlashParticle } from '../../src/ingest/slash-words';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { WordJudge, wordListOf } from '../../src/ingest/word-list';

const fixture = readFileSync(new URL('./fixtures/reading-order/unknown-words.txt', import.meta.url), 'utf8');
// The words of line 237 that only the word list knows (the fixture prints them nowhere else).
const listed = wordListOf(['الفورية', 'طريق', 'خط', 'هاتفي', 'مباشر', 'عنوان', 'بريد', 'إلكتروني', 'حساب', 'كما', 'عرض']);
const ordered = (wordList = listed) => runReadingOrderPasses(classifyLines(normalizeLines(readLines(fixture).lines)), readingOrderPasses, undefined, undefined, wordList);
const at = (lines: ClassifiedLine[], number: number) => lines.find((line) => line.lines[0] === number)!;
const madeBy = (line: ClassifiedLine) => line.changes.map((change) => change.name);
const published237 = 'الفورية عن طريق خط هاتفي مباشر و/أو عنوان بريد إلكتروني و/أو حساب على تويتر، كما عرض';

describe('line 237: «تويتر،», «و/أو» and «خط»', () => {
  it('is put back: its halves swapped at the run of spaces, every word a word once the three count', () => {
    const line = at(ordered(), 4);
    expect(line.text).toBe(published237);
    expect(madeBy(line)).toEqual(['swapped-halves']);
  });

  it('is refused where nothing closes the unknown word («تويتر» without its comma may be a piece of a word)', () => {
    const line = at(ordered(), 8);
    expect(line.text).toBe(line.source.trim().replace(/\s+/gu, ' '));
    expect(madeBy(line)).toEqual([]);
  });

  it('is refused where «خط» stands at a cut the reading makes (the end of a half), not between two words of its piece', () => {
    const line = at(ordered(), 12);
    expect(line.text).toBe(line.source.trim().replace(/\s+/gu, ' '));
    expect(madeBy(line)).toEqual([]);
  });

  it('is refused without «خط» in the word list: two letters count only where the list knows them', () => {
    const line = at(ordered(wordListOf(['الفورية', 'طريق', 'هاتفي', 'مباشر', 'عنوان', 'بريد', 'إلكتروني', 'حساب', 'كما', 'عرض'])), 4);
    expect(madeBy(line)).toEqual([]);
  });
});

describe('the conjunction «و» before a slash', () => {
  const judge = new WordJudge(new Vocabulary(['أو عنوان']), wordListOf([]));

  it('counts in «و/أو», as «أو» does after it', () => {
    expect(judge.strength('و/أو', false)).toBe(2);
    expect(isSlashParticle('و')).toBe(true);
    expect(isSlashParticle('أو')).toBe(true);
  });

  it('is no word alone, nor with a slash and nothing after it, nor beside a piece of a word', () => {
    expect(judge.strength('و', false)).toBe(0);
    expect(judge.strength('و/', false)).toBe(0);
    expect(judge.strength('و/عنو', false)).toBe(0);
    expect(isSlashParticle('عنو')).toBe(false);
  });
});

describe('a word of two letters the word list knows', () => {
  const list = wordListOf(['خط', 'بي', 'هاتفي', 'طريق']);
  const judge = new WordJudge(new Vocabulary(['عن']), list);

  it('is no word by itself, anywhere in a reading', () => {
    expect(judge.strength('خط', false)).toBe(0);
    expect(judge.strength('خط', true)).toBe(0);
  });

  it('counts between two words of its own piece, and only as a word the list knows', () => {
    expect(judge.innerWord('خط')).toBe(true);
    expect(isInnerTwoLetterWord('خط', list)).toBe(true);
    expect(isInnerTwoLetterWord('خط،', list)).toBe(false);
    expect(isInnerTwoLetterWord('دم', list)).toBe(false);
    expect(isInnerTwoLetterWord('طريق', list)).toBe(false);
  });

  it('never counts at a piece\'s edge: a line cut right after it does not read', () => {
    const rules = { strength: (word: string, made: boolean) => judge.strength(word, made), innerWord: (word: string) => judge.innerWord(word), accepts: () => true, maxPieces: 2, minPieces: 2 };
    // «… طريق خط» + «هاتفي»: «خط» would end the first half, where the reading cut.
    const cutAfter = atomsOf(tokensOfSource('هاتفي عن طريق خط'), (word) => judge.isWord(word));
    expect(searchReadings(cutAfter, rules).readings).toEqual([]);
    const inside = atomsOf(tokensOfSource('هاتفي  عن طريق خط هاتفي'), (word) => judge.isWord(word));
    expect(searchReadings(inside, rules).readings).toEqual(['عن طريق خط هاتفي هاتفي']);
  });
});
