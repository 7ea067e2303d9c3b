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

/** The word without diacritics and without anything that is not a letter: the key words are compared by. */
export function letterKey(word: string): string {
  return word.replace(diacritics, '').replace(/[^\p{L}]/gu, '');
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

/** Brackets counted as one with their mirror image, because RTL extraction may swap them. */
const mirrorOf: Record<string, string> = { ')': '(', ']': '[', '}': '{', '»': '«' };

/**
 * The characters of a text as a multiset (character -> count), leaving out white space and
 * tatweel and folding each bracket onto its mirror: equal multisets mean the same characters.
 */
export function characterInventory(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const character of text) {
    if (character === tatweel || /\s/u.test(character)) continue;
    const folded = mirrorOf[character] ?? character;
    counts.set(folded, (counts.get(folded) ?? 0) + 1);
  }
  return counts;
}
