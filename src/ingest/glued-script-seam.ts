/**
 * A seam the source shows without a run of spaces: a Latin letter glued to an Arabic one
 * («REDTRAMالاتصال», line 253). Printed text always has a space between a Latin word and an
 * Arabic word (the report quotes English titles and names between Arabic words), so where
 * none stands two pieces of a line met there, and every reading cuts there, as it does at a
 * run of two spaces or at sentence punctuation glued to a word.
 */
import { arabicLetterClass } from '../text/arabic/classes';

const latinEnd = /[A-Za-z]$/u;
const latinStart = /^[A-Za-z]/u;
const arabicEnd = new RegExp(`[${arabicLetterClass}]$`, 'u');
const arabicStart = new RegExp(`^[${arabicLetterClass}]`, 'u');

/** True when `before` ends with a letter of one script and `after`, glued to it, opens with a letter of the other. */
export function isGluedScriptSeam(before: string, after: string): boolean {
  return (latinEnd.test(before) && arabicStart.test(after)) || (arabicEnd.test(before) && latinStart.test(after));
}

const gluedSeam = new RegExp(`[A-Za-z][${arabicLetterClass}]|[${arabicLetterClass}][A-Za-z]`, 'u');

/** True when a source word holds such a seam («REDTRAMالاتصال»): its line shows a cut, and its words may be pieces. */
export function holdsGluedScriptSeam(word: string): boolean {
  return gluedSeam.test(word);
}
