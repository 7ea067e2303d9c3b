/**
 * A word nobody knows is not proof of a non-word. The judge knows the report's undamaged words
 * and the word list's; a real word that neither knows (a rare derived form: «السياساتية»,
 * which the report prints on one line only and the list lacks; a name) makes the true reading
 * fail, and a reading with more pieces that cuts the unknown word apart can be the one left
 * (synthetic line 104: «… الأطر السياساتية وبناء … من أجل  ينبغي للدول» read as «ينبغي
 * للدولية وبناء … الأعضاء … السياسات», gluing the «ية» of «السياساتية» to «للدول»).
 * So before a reading is taken, the readings with fewer pieces are looked for once more with
 * every word the source prints whole and nobody knows (Arabic letters only, three or more, and
 * not two words glued where pieces met: «زلي» + «التركيز», line 146) counted as a weak word, never as a sure one: if one of them reads on, fewer cuts explain the
 * line and only the judge's ignorance rules them out, and the pass does not choose. True of any
 * report and any word list: no list is complete.
 */
import { letterKey } from '../text/arabic/characters';
import type { Atom, SearchResult, SearchRules } from './reading-search';
import { searchReadings } from './reading-search';
import { isArabicOnly } from './word-list';


/** True when a reading with fewer pieces than `result` reads on once unknown whole words count as weak. */
export function fewerPiecesWithUnknownWords(atoms: readonly Atom[], rules: SearchRules, result: SearchResult, sourceWords: readonly string[]): boolean {
  const fewest = rules.minPieces ?? 1;
  if (result.pieces - 1 < fewest) return false;
  // Not a run that is two words glued («زلي» + «التركيز»): that is where pieces met, not a word.
  const twoWords = (word: string) => [...word].some((_, cut) => cut > 0 && rules.strength(word.slice(0, cut), false) > 0 && rules.strength(word.slice(cut), false) > 0);
  const unknown = new Set(sourceWords.filter((word) => isArabicOnly(word) && letterKey(word).length >= 3 && rules.strength(word, false) === 0 && !twoWords(word)));
  if (unknown.size === 0) return false;
  const strength = (word: string, made: boolean): 0 | 1 | 2 => {
    const known = rules.strength(word, made);
    return known === 0 && !made && unknown.has(word) ? 1 : known;
  };
  const fewer = searchReadings(atoms, { ...rules, strength, maxPieces: result.pieces - 1 });
  return fewer.exhausted || fewer.readings.length > 0;
}
