/**
 * Words joined by a slash. The report writes a choice of words with a slash between them
 * («أيلول/سبتمبر»), and counts such a word only where each side is a word it uses. Arabic
 * writes "and/or" as «و/أو»: the conjunction «و», which otherwise never stands alone (it is
 * written on the word it joins), stands alone before the slash. It is a particle of the
 * language, not a word of one report, so it counts there as «أو» does after it; a report that
 * prints «و/أو» only on a damaged line (line 237, twice) would otherwise have no reading.
 */
import { letterKey } from '../text/arabic/characters';
import { twoLetterWords } from './two-letter-words';

/** True for a side of a slash that is one of Arabic's particles: the conjunction «و», or a particle of two letters («أو»). */
export function isSlashParticle(part: string): boolean {
  const key = letterKey(part);
  return key === 'و' || twoLetterWords.has(key);
}
