/**
 * A word that opens units of this report with the conjunction و before a word of three letters
 * or more («وأشار», «وسلَّط», «ونوَّه») opens a sentence: where the report's text has one inside
 * a unit, punctuation ends the word before it («… المساعدة الإنسانية. وأشار …», «… التعاون
 * الثنائي، وأشار …»), never a bare word. A reading that puts one straight after a bare word has
 * joined the printed line's end to its start («… التي وُضعت للتصدي وسلَّط …»): it does not read on.
 */
import { letterKey } from '../text/arabic/characters';

/** Ends in a letter or a vowel mark: no punctuation closes it. */
const bareWord = /[\p{L}\p{M}]$/u;

/** True when `word` is a unit opener with و standing straight after the bare word `before`. */
export function openerAfterBareWord(before: string, word: string, openers: Iterable<ReadonlySet<string>>): boolean {
  if (!bareWord.test(before)) return false;
  const key = letterKey(word);
  // Not «في» or «فيما» (a preposition, not a conjunction), nor «وفي», «ومن»: they stand anywhere.
  if (!key.startsWith('و') || key.length < 4) return false;
  for (const known of openers) if (known.has(key)) return true;
  return false;
}
