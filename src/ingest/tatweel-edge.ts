/**
 * Tatweel (kashida, U+0640) at the edge of a piece of a line. A justified line is stretched
 * with tatweel between two joined letters of one word («الأعضــــاء»): it joins the letter
 * before it to the letter after it, so printed text never has a word that starts or ends with
 * one. Where extraction cut a line inside a stretched word, the stroke stays on one side of
 * the cut, and a source word that starts or ends with tatweel is a piece of a word: «ــة»
 * (line 138) ends the word before it in the reading («الأجنبي» + «ــة»), «شــــ» (line 50)
 * begins the word after it («ب» + «شــــ» + «عار»). This is the source's own evidence, not a
 * word list's, and it holds for any text printed this way.
 *
 * So the reading search (src/ingest/reading-search.ts) keeps where tatweel stood in each
 * source word, though it reads and publishes the words without it (tatweel is still removed
 * from the published text): a space beside such an edge is where two pieces met, a cut every
 * reading makes; a piece that starts with tatweel is glued to the word before it in the
 * reading, one that ends with tatweel to the word after it; a reading never starts or ends
 * with either. A tatweel inside a source word where a reading cuts it («شــــينبغي» cut into
 * «ش» and «ينبغي») was one side's: there the reading glues one of the two sides back to a
 * neighbour. Marks written after the stroke («شــــُ», line 175) are the letter's before it:
 * the stroke still stands at the word's edge.
 */
import { diacriticClass, tatweel } from '../text/arabic/characters';

/** A source word with its tatweel taken out, and where it stood. */
export interface TatweelFreeWord {
  /** The word without tatweel, as the search reads it. */
  text: string;
  /** Positions in `text` where a tatweel stood before the character there (`text.length` for the end); empty when none. */
  tatweelAt: readonly number[];
}

/** Takes the tatweel out of a source word, noting where it stood (a run counts once). */
export function withoutTatweel(word: string): TatweelFreeWord {
  let text = '';
  const tatweelAt: number[] = [];
  for (const character of word) {
    if (character === tatweel) {
      if (tatweelAt.at(-1) !== text.length) tatweelAt.push(text.length);
    } else text += character;
  }
  return { text, tatweelAt };
}

const diacritic = new RegExp(`^[${diacriticClass}]*$`, 'u');

/**
 * True when a tatweel stood at `position` of the tatweel-free word: right there, or before
 * marks that run up to it (the marks are the letter's before the stroke).
 */
export function tatweelAtCut(word: TatweelFreeWord, position: number): boolean {
  return word.tatweelAt.some((at) => at <= position && diacritic.test(word.text.slice(at, position)));
}

/** True when a source word started or ended with tatweel: it is a piece of a word, and its line shows a cut. */
export function hasTatweelEdge(word: TatweelFreeWord): boolean {
  return word.text !== '' && (tatweelAtCut(word, 0) || tatweelAtCut(word, word.text.length));
}
