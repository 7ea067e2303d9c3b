/**
 * A seam the source shows without a run of spaces: sentence punctuation glued to the next
 * word's first letter («الموجودة لديها.ينبغي», line 63; «ا.استقدام», line 92). Printed text
 * always has a space after a full stop, comma, semicolon or colon before an Arabic word, so
 * where none stands two pieces of a line met there, and every reading cuts there, as it does
 * at a run of two spaces. Digits and Latin after the mark are left alone («1.5», «e.g.»).
 */
import { arabicLetterClass } from '../text/arabic/classes';

const punctuation = '.،؛:!؟,;';
const sentencePunctuation = new RegExp(`[${punctuation}]$`, 'u');
const arabicLetter = new RegExp(`^[${arabicLetterClass}]`, 'u');

/** True when `before` ends with sentence punctuation and `after`, glued to it, opens with an Arabic letter. */
export function isGluedPunctuationSeam(before: string, after: string): boolean {
  return sentencePunctuation.test(before) && arabicLetter.test(after);
}

const gluedSeam = new RegExp(`[${punctuation}][${arabicLetterClass}]`, 'u');

/** True when a source word holds such a seam («لديها.ينبغي»): its line shows a cut, and its words may be pieces. */
export function holdsGluedPunctuationSeam(word: string): boolean {
  return gluedSeam.test(word);
}
