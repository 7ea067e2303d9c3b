/**
 * A paragraph number written inside its first line (src/ingest/paragraph-number-seam.ts): its
 * place is taken as the line's one shown seam only where the word after it has the shape of a
 * paragraph's opener (و before a word of three letters or more) and no other word of that shape
 * could start the line. The synthetic lines are the report's paragraph first lines cut in two,
 * the halves swapped, the number written where they met or anywhere else between two words.
 */
import { describe, expect, it } from 'vitest';
import { damageNumberInside, measureNumberInsideWithWordList, numberPlaces, seededRandom, type WrongRestoration } from '../../scripts/reading-order/synthetic-damage';
import { anotherConjunctionStart, numberPlaceShownAsCut, opensWithConjunction } from '../../src/ingest/paragraph-number-seam';
import { tokensOfSource } from '../../src/ingest/reading-search';

describe("a paragraph number's place inside its first line", () => {
  it('is shown as a cut where the number stood between two words, never at the line ends', () => {
    // Line 175 with its number taken out: «الأساسية،» and «وفيما» met where «-٦» stood.
    const tokens = tokensOfSource('دِّدَ على أنَّ العمل المنسق من الأمور الأساسية، وفيما يتعلق بمنع معاودة الاتِّجار، شُ');
    const at = tokens.findIndex((token) => token.text === 'وفيما');
    expect(numberPlaceShownAsCut(tokens, at)?.[at]?.gapBefore).toBe(2);
    expect(numberPlaceShownAsCut(tokens, at)?.filter((token) => token.gapBefore >= 2)).toHaveLength(1);
    expect(numberPlaceShownAsCut(tokens, 0)).toBeUndefined();
    expect(numberPlaceShownAsCut(tokens, tokens.length)).toBeUndefined();
    expect(numberPlaceShownAsCut(tokens, undefined)).toBeUndefined();
  });

  it('starts the line only with the conjunction و before a word of three letters or more', () => {
    expect(opensWithConjunction('وفيما')).toBe(true);
    expect(opensWithConjunction('وأشار')).toBe(true);
    expect(opensWithConjunction('ونوَّه')).toBe(true);
    expect(opensWithConjunction('وفي')).toBe(false);
    expect(opensWithConjunction('ومن')).toBe(false);
    expect(opensWithConjunction('في')).toBe(false);
    expect(opensWithConjunction('سلَّط')).toBe(false);
  });

  it('is not the start where the words also read on from another word of that shape', () => {
    const readsOn = () => true;
    // «والامتثال» at the number, «وسلَّطت» inside: either may start the line.
    expect(anotherConjunctionStart('والامتثال لطلبات وسلَّطت متكلمة أخرى الضوء', readsOn)).toBe(true);
    // Line 175: no other word of that shape.
    expect(anotherConjunctionStart('وفيما يتعلق بمنع معاودة الاتِّجار، شُدِّدَ على أنَّ العمل', readsOn)).toBe(false);
    // Another such word whose turn does not read on leaves the start proven.
    expect(anotherConjunctionStart('وفيما يتعلق بمنع معاودة والعمل', (words) => words[0] === 'وفيما')).toBe(false);
  });
});

describe('paragraph first lines damaged with their number inside the line', () => {
  it('writes the number where the halves met, or between two other words', () => {
    const line = '٦- وفيما يتعلق بمنع معاودة الاتِّجار، شُدِّدَ على أنَّ العمل المنسق من الأمور الأساسية،';
    const letters = (text: string) => [...text.replace(/[\s-]/gu, '')].sort().join('');
    for (const place of numberPlaces) {
      const random = seededRandom(5);
      for (let trial = 0; trial < 10; trial++) {
        const damaged = damageNumberInside(line, place, random)!;
        expect(letters(damaged), place).toBe(letters(line));
        expect(damaged, place).toMatch(/\S {3}-٦ \S/u);
      }
    }
    expect(damageNumberInside('ينبغي للدول الأعضاء', 'number-at-the-seam', seededRandom(1))).toBeUndefined();
  });

  it('are restored where the number stood at the seam, and never put back wrong', async () => {
    const wrongLines: WrongRestoration[] = [];
    const tallies = await measureNumberInsideWithWordList(2019, 8, (wrong) => wrongLines.push(wrong));
    expect(wrongLines).toEqual([]);
    for (const place of numberPlaces) {
      expect(tallies[place].lines, place).toBe(8);
      expect(tallies[place].restored + tallies[place].refused, place).toBe(8);
    }
    expect(tallies['number-at-the-seam'].restored).toBeGreaterThan(0);
  }, 600_000);
});
