/**
 * What ingest asks of Arabic characters extracted from a PDF: is this a letter, the key words are
 * compared by, tatweel removed, and the character count of the fidelity check. The classes
 * themselves are in ./classes.ts.
 */
import { arabicLetterClass, diacriticClass, tatweel } from './classes';

export { arabicDigitClass, arabicLetterClass, diacriticClass, tatweel } from './classes';

const arabicLetter = new RegExp(`[${arabicLetterClass}]`, 'u');
const diacritics = new RegExp(`[${diacriticClass}]`, 'gu');

/** True for one Arabic letter. */
export function isArabicLetter(character: string): boolean {
  return arabicLetter.test(character);
}

const letterKeys = new Map<string, string>();

/** The word without diacritics and without anything that is not a letter: the key words are compared by. */
export function letterKey(word: string): string {
  let key = letterKeys.get(word);
  if (key === undefined) {
    key = word.replace(diacritics, '').replace(/[^\p{L}]/gu, '');
    // Words repeat a great deal; the cache keeps a long report linear in practice.
    if (letterKeys.size < 100_000) letterKeys.set(word, key);
  }
  return key;
}

/** `letterKey` of every word of a text at once, the spaces between them kept. */
export function letterKeyKeepingSpaces(text: string): string {
  return text.replace(diacritics, '').replace(/[^\p{L} ]/gu, '');
}

/** Removes every tatweel. */
export function removeTatweel(text: string): string {
  return text.replaceAll(tatweel, '');
}

/** White space the normalize pass collapses: ASCII, no-break and Unicode spaces, line ends. */
const whiteSpaceCodes = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/**
 * Each UTF-16 code unit as counted by the fidelity check: 0 for white space and tatweel (not
 * counted), a closing bracket as its opening one (RTL extraction may mirror them), else itself.
 */
const countedAs = (() => {
  const table = new Uint16Array(0x10000).map((_, code) => code);
  for (const code of whiteSpaceCodes) table[code] = 0;
  for (let code = 0x2000; code <= 0x200a; code++) table[code] = 0;
  table[tatweel.charCodeAt(0)] = 0;
  table[0x29] = 0x28; // ) as (
  table[0x5d] = 0x5b; // ] as [
  table[0x7d] = 0x7b; // } as {
  table[0xbb] = 0xab; // » as «
  return table;
})();

/**
 * A multiset of characters (UTF-16 code units), leaving out white space and tatweel and
 * folding each bracket onto its mirror. Adding one text and removing another leaves it empty
 * exactly when the two hold the same characters.
 */
export class CharacterBalance {
  private readonly counts = new Int32Array(0x10000);
  private readonly touched: number[] = [];

  /** Adds (sign 1) or removes (sign -1) the characters of a text. */
  count(text: string, sign: 1 | -1): void {
    for (let index = 0; index < text.length; index++) {
      const folded = countedAs[text.charCodeAt(index)]!;
      if (folded === 0) continue;
      if (this.counts[folded] === 0) this.touched.push(folded);
      this.counts[folded] += sign;
    }
  }

  /** The characters whose count is not zero (positive: more added than removed), then clears the balance. */
  drain(): Map<number, number> {
    const left = new Map<number, number>();
    for (const code of this.touched) {
      if (this.counts[code] !== 0) left.set(code, this.counts[code]!);
      this.counts[code] = 0;
    }
    this.touched.length = 0;
    return left;
  }
}
