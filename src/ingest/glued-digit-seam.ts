/**
 * A seam the source shows without a run of spaces: digits glued straight before an Arabic
 * letter («٣بند», line 226; «٣الثانية», line 222; «٢في», «٣و», line 282; «١٢التوصية», the
 * headings). A number is a bidirectional run of its own: extraction in visual order writes it
 * left of the words before it in reading order, and the space that stood between them goes
 * elsewhere. Printed Arabic never writes a letter straight after a number (the conjunction or a
 * particle comes before it: «و٣», «البندين ٢ و٣»), so where digits meet a letter two pieces of
 * the line met, and every reading cuts there, as it does at a run of two spaces.
 */
import { arabicDigitClass, arabicLetterClass } from '../text/arabic/classes';

const digitEnd = new RegExp(`[${arabicDigitClass}0-9]$`, 'u');
const arabicStart = new RegExp(`^[${arabicLetterClass}]`, 'u');

/** True when `before` ends with a digit and `after`, glued to it, opens with an Arabic letter. */
export function isGluedDigitSeam(before: string, after: string): boolean {
  return digitEnd.test(before) && arabicStart.test(after);
}

const gluedSeam = new RegExp(`[${arabicDigitClass}0-9][${arabicLetterClass}]`, 'u');

/** True when a source word holds such a seam («٣الثانية»): its line shows a cut, and its words may be pieces. */
export function holdsGluedDigitSeam(word: string): boolean {
  return gluedSeam.test(word);
}
