/**
 * A seam the source shows without a run of spaces: digits glued straight before an Arabic
 * letter («٣بند», line 226; «٣الثانية», line 222; «٢في», «٣و», line 282; «١٢التوصية», the
 * headings). A number is a bidirectional run of its own: extraction in visual order writes it
 * left of the words before it in reading order, and the space that stood between them goes
 * elsewhere. Printed Arabic writes no word straight after a number (the conjunction or a
 * particle comes before it: «و٣», «البندين ٢ و٣»), so where digits meet a letter two pieces of
 * the line met, and every reading cuts there, as it does at a run of two spaces. The one letter
 * that does follow a number is an era's mark closing a year («٢٠١٩م», «١٤٤٠هـ»): alone, it is
 * no seam.
 *
 * Such a number is also cut from the words before it in the source: extraction wrote it left
 * of the words it follows in reading order, and the words left of it (before it in the source)
 * are the run that comes after it in reading order, written in its own reading order, so its
 * last word stands next to the number in the source and is never the word the number follows
 * (line 226: «… الأعمال. وبرئاسة  ٣بند …» is «البند ٣ من جدول الأعمال. وبرئاسة»). Left with
 * the words before it, a reading ends a sentence or a line with a stray number («… وبرئاسة ٣»).
 */
import { arabicDigitClass, arabicLetterClass } from '../text/arabic/classes';

const digitEnd = new RegExp(`[${arabicDigitClass}0-9]$`, 'u');
const arabicStart = new RegExp(`^[${arabicLetterClass}]`, 'u');
/** «م» (ميلادي) or «هـ» (هجري) closing a year, with nothing but punctuation after it (tatweel is removed before the search). */
const eraMark = new RegExp(`^(?:م|هـ?)(?![${arabicLetterClass}])`, 'u');

/** True when `before` ends with a digit and `after`, glued to it, opens with an Arabic letter that is no era's mark. */
export function isGluedDigitSeam(before: string, after: string): boolean {
  return digitEnd.test(before) && arabicStart.test(after) && !eraMark.test(after);
}

const number = new RegExp(`^[${arabicDigitClass}0-9]+$`, 'u');

/** True when the run of the source `digits`, followed by `after` glued to it, is a number written in visual order: a piece of its own. */
export function numberInVisualOrder(digits: string, after: string): boolean {
  return number.test(digits) && isGluedDigitSeam(digits, after);
}

const gluedSeam = new RegExp(`[${arabicDigitClass}0-9](?=[${arabicLetterClass}])`, 'gu');

/** True when a source word holds such a seam («٣الثانية»): its line shows a cut, and its words may be pieces. */
export function holdsGluedDigitSeam(word: string): boolean {
  for (const match of word.matchAll(gluedSeam)) {
    const at = match.index + 1;
    if (isGluedDigitSeam(word.slice(0, at), word.slice(at))) return true;
  }
  return false;
}
