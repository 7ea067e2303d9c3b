/**
 * Where a word of the source shows, with no space, that two pieces of a line met inside it: the
 * kinds of glued seam, asked together wherever a seam decides something (the reading search
 * cuts there; a line holding one is no undamaged line).
 */
import { holdsGluedDigitSeam, isGluedDigitSeam } from './glued-digit-seam';
import { holdsGluedPunctuationSeam, isGluedPunctuationSeam } from './glued-punctuation-seam';
import { holdsGluedScriptSeam, isGluedScriptSeam } from './glued-script-seam';

/** True when `before` and `after`, glued in the source, are pieces that met. */
export function isGluedSeam(before: string, after: string): boolean {
  return isGluedPunctuationSeam(before, after) || isGluedScriptSeam(before, after) || isGluedDigitSeam(before, after);
}

/** True when a source word holds such a seam. */
export function holdsGluedSeam(word: string): boolean {
  return holdsGluedPunctuationSeam(word) || holdsGluedScriptSeam(word) || holdsGluedDigitSeam(word);
}
