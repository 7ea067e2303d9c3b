/**
 * Character classes for Arabic text extracted from a PDF. Latin-centred classes (\w, \b) know
 * nothing of Arabic letters, diacritics or Arabic-Indic digits, so they live here, in one place.
 */

/** U+0640, the stretching stroke a justified PDF line inserts inside words. */
export const tatweel = '\u0640';

/** Arabic-Indic digits ٠-٩ as a character class body (for building regular expressions). */
export const arabicDigitClass = '\u0660-\u0669';

/** Harakat, shadda, sukun and superscript alef: marks that sit on a letter, never alone. */
export const diacriticClass = '\u064B-\u065F\u0670';

/** Arabic letters (without tatweel, digits or marks). */
export const arabicLetterClass = '\u0621-\u063A\u0641-\u064A\u0671-\u06D3';

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

/** Writes a non-negative integer in Arabic-Indic digits, as the printed report does. */
export function toArabicIndicDigits(value: number): string {
  return String(value).replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
}

/** Reads Arabic-Indic digits (or ASCII digits) as an integer. */
export function fromArabicIndicDigits(digits: string): number {
  const ascii = digits.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
  return Number.parseInt(ascii, 10);
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
  table[0x0640] = 0;
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
