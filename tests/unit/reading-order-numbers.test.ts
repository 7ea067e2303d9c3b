/**
 * Numbers in lines that came out in visual order: a run of digits is a bidirectional run of its
 * own, written left of the words it follows in reading order, glued to them where the space
 * went elsewhere («٣بند», line 226; «١٢التوصية», every recommendation heading). Expected
 * readings are the report's published sentences, not the program's output.
 */
import { describe, expect, it } from 'vitest';
import { holdsGluedDigitSeam, isGluedDigitSeam, numberInVisualOrder } from '../../src/ingest/glued-digit-seam';
import { holdsGluedSeam } from '../../src/ingest/glued-seam';
import { atomsOf, searchReadings, tokensOfSource } from '../../src/ingest/reading-search';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { noWordList, WordJudge } from '../../src/ingest/word-list';

describe('digits glued before an Arabic letter', () => {
  it('are a seam the source shows: printed Arabic never writes a letter straight after a number', () => {
    expect(isGluedDigitSeam('٣', 'بند')).toBe(true);
    expect(isGluedDigitSeam('١٢', 'التوصية')).toBe(true);
    expect(isGluedDigitSeam('٣', 'و')).toBe(true);
    expect(isGluedDigitSeam('2019', 'في')).toBe(true);
    expect(holdsGluedDigitSeam('٣الثانية')).toBe(true);
    expect(holdsGluedDigitSeam('٢٠١٩أيلول/سبتمبر')).toBe(true);
    expect(holdsGluedSeam('٢في')).toBe(true);
  });

  it('are no seam where the conjunction or a particle stands before the number, or where no letter follows it', () => {
    expect(isGluedDigitSeam('و', '٣')).toBe(false);
    expect(holdsGluedDigitSeam('و٣')).toBe(false);
    expect(holdsGluedDigitSeam('(٢٠١٤)،')).toBe(false);
    expect(holdsGluedDigitSeam('٩-١١')).toBe(false);
    expect(holdsGluedDigitSeam('٢٠١٤')).toBe(false);
    expect(holdsGluedDigitSeam('البند')).toBe(false);
  });

  it("are no seam where the letter is an era's mark closing a year («٢٠١٩م»), but are one where a word starts with it («٣من»)", () => {
    expect(holdsGluedDigitSeam('٢٠١٩م')).toBe(false);
    expect(holdsGluedDigitSeam('٢٠١٩م،')).toBe(false);
    expect(holdsGluedDigitSeam('١٤٤٠هـ.')).toBe(false);
    expect(isGluedDigitSeam('١٤٤٠', 'ه')).toBe(false);
    expect(holdsGluedDigitSeam('٣من')).toBe(true);
    expect(holdsGluedDigitSeam('٣هذه')).toBe(true);
    expect(holdsGluedDigitSeam('٢٠١٩م٣من')).toBe(true);
  });

  const judge = new WordJudge(new Vocabulary(['في إطار البند من جدول الأعمال وألقى ممثل للأمانة كلمة']), noWordList);
  const search = (source: string, accepts: (words: readonly string[]) => boolean = () => true) => {
    const atoms = atomsOf(tokensOfSource(source), (word) => judge.isWord(word));
    return { atoms, found: searchReadings(atoms, { strength: (word, made) => judge.strength(word, made), accepts, maxPieces: 4 }) };
  };

  it('make every reading cut there, so the number follows the words it was written before («في إطار البند ٣ من جدول الأعمال»)', () => {
    // The printed line cut after «البند», its halves swapped, the number written left of «من».
    const glued = search('من جدول الأعمال  ٣في إطار البند');
    expect(glued.atoms.filter((atom) => atom.before?.mustCut).map((atom) => atom.text)).toEqual(['٣', 'في']);
    expect(glued.found.readings).toEqual(['في إطار البند ٣ من جدول الأعمال']);
    // With a space after the number nothing shows that seam, and two halves cut at the run of
    // spaces read (the number then opens the line), fewer pieces than the true reading.
    expect(search('من جدول الأعمال  ٣ في إطار البند').found.readings).toEqual(['٣ في إطار البند من جدول الأعمال']);
  });

  it('are a piece of their own: the words before them in the source follow them in reading order', () => {
    expect(numberInVisualOrder('٣', 'بند')).toBe(true);
    expect(numberInVisualOrder('٣', ' بند')).toBe(false);
    expect(numberInVisualOrder('و٣', 'من')).toBe(false);
    // One space before the number: without the cut there, two halves cut at the glued seam read
    // with the number left behind the words before it («… الأعمال ٣»).
    const single = search('من جدول الأعمال ٣في إطار البند');
    expect(single.atoms.filter((atom) => atom.before?.mustCut).map((atom) => atom.text)).toEqual(['٣', 'في']);
    expect(single.found.readings).toEqual(['في إطار البند ٣ من جدول الأعمال']);
    // «البندين ٢ و٣» written «٣و ٢في» (line 282): each number a piece, and the conjunction a piece
    // between them that only the number after it in reading makes a word («و٣»).
    const judgeTwo = new WordJudge(new Vocabulary(['في إطار البندين من جدول الأعمال']), noWordList);
    const atoms = atomsOf(tokensOfSource('من جدول الأعمال  ٣و ٢في إطار البندين'), (word) => judgeTwo.isWord(word));
    const found = searchReadings(atoms, { strength: (word, made) => judgeTwo.strength(word, made), accepts: () => true, maxPieces: 5 });
    expect(atoms.filter((atom) => atom.before?.mustCut).map((atom) => atom.text)).toEqual(['٣', 'و', '٢', 'في']);
    expect(found.readings).toEqual(['في إطار البندين ٢ و٣ من جدول الأعمال']);
  });

  it('do not say where the printed line starts: a line cut inside the run before the number is refused (line 226)', () => {
    // «البند» cut after its article: «بند» may end the piece the number follows, or «بند وألقى»,
    // or «بند وألقى ممثل»; each reads, and only grammar could choose.
    const { found } = search('من جدول الأعمال  ٣بند وألقى ممثل في إطار ال', (words) => !words[0]!.startsWith('من'));
    expect(found.readings.length).toBeGreaterThan(1);
    expect(found.readings).toContain('وألقى ممثل في إطار البند ٣ من جدول الأعمال');
    expect(found.readings).toContain('ممثل في إطار البند وألقى ٣ من جدول الأعمال');
  });
});
