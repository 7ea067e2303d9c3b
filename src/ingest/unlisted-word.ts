/**
 * A word no word list knows is not proof of a piece of a word. Word lists lack names: Debian's
 * Arabic list knows «سريلانكا» written as one word but not «لانكا», so in «رومانيا، سري لانكا،
 * فرنسا» the search finds «لانكا،» no word, and a line whose halves were swapped so that «سري»
 * ended it and «لانكا،» started it had one reading left: «سري» + «لانكا،» glued into
 * «سريلانكا،», a word only the list knows, and wrong. The reading rested on nothing but the
 * list's silence about «لانكا».
 *
 * So a reading is proven only if it would still be the one reading were such a word a word.
 * The word must look whole where it stands in the source: Arabic letters only, three letters
 * or more (a lone letter or two are pieces, and Arabic's two-letter words are already counted:
 * src/ingest/two-letter-words.ts), and closed by punctuation, which shows where a word ends.
 * A piece cut from the start of a word («الإيض» of «الإيضاحي», «والمرت» of «والمرتبطة») has no
 * punctuation after it, and the search still glues it as before.
 */
import { letterKey } from '../text/arabic/characters';
import { closesWord, searchReadings, type Atom, type SearchRules } from './reading-search';
import { isArabicOnly, wordCore } from './word-list';


/** True when a printed word that no list knows may still be a word: Arabic, three letters or more, closed by punctuation. */
export function mayBeUnlistedWord(printed: string): boolean {
  const core = wordCore(printed);
  return isArabicOnly(core) && letterKey(core).length >= 3 && closesWord(printed);
}

/**
 * The readings other than `chosen` that pass when every word no list knows and that may be a
 * word (see `mayBeUnlistedWord`) counts as a sure word where it stands as extracted; empty when
 * the chosen reading is still the only one. A search that gives up is a doubt too.
 */
export function readingsIfUnlistedWordsCount(atoms: readonly Atom[], rules: SearchRules, chosen: string): string[] {
  const result = searchReadings(atoms, countingUnlistedWords(rules));
  if (result.exhausted) return ['(too many readings to list)'];
  return result.readings.filter((reading) => reading !== chosen);
}

/** The same rules, with every word that may be a word no list knows counted as a sure word where it stands as extracted. */
export function countingUnlistedWords(rules: SearchRules): SearchRules {
  const strength = (word: string, made: boolean) => {
    const known = rules.strength(word, made);
    return known === 0 && !made && mayBeUnlistedWord(word) ? 2 : known;
  };
  return { ...rules, strength };
}
