/**
 * Words nobody knows: a second look of the search with them counted. The judge knows the
 * report's undamaged words and the word list's; a real word that neither knows (a name, a rare
 * derived form) makes the true reading fail, and its silence is no proof of a piece of a word.
 * One step, `countingUnknownWords`, counts such words in one of two settings, and the piece-order
 * search asks it three ways:
 *
 * - **Names closed by punctuation, as sure words** (`names`). Word lists lack names: Debian's
 *   Arabic list knows «سريلانكا» written as one word but not «لانكا», so in «رومانيا، سري لانكا،
 *   فرنسا» a line whose halves were swapped so that «سري» ended it and «لانكا،» started it had
 *   one reading left, «سري» + «لانكا،» glued into «سريلانكا،», and it was wrong. Such a word
 *   must look whole where it stands: Arabic letters only, three letters or more (Arabic's
 *   two-letter words are counted on their own: src/ingest/two-letter-words.ts), and closed by
 *   punctuation, which shows where a word ends. A piece cut from the start of a word («الإيض» of
 *   «الإيضاحي», «والمرت» of «والمرتبطة») has no punctuation after it, and is glued as before.
 *   (1) A reading is proven only if it is still the one reading with every such word counted
 *   where it stands as extracted (`readingsIfUnlistedWordsCount`). (2) Where no reading passes
 *   at all, the one reading found with such words counted is weighed on, but only with the words
 *   the source prints inside a piece: a single space on each side, neither the line's first nor
 *   its last word, and not two words glued where pieces met (`readingsWithNamesInside`; line
 *   237: «… حساب على تويتر، كما»). At a cut the source shows, a word closed by punctuation is as
 *   likely the end of a word cut there («المكسيك،  انكا،»: «لانكا،»), and two words glued
 *   («تأشيراتالبلد،») are where pieces met: synthetic lines of both kinds came back wrong when
 *   either was counted.
 * - **Words the source prints whole, as weak words** (`printed-whole`). «السياساتية» is printed
 *   on one line only and no list knows it: the true two halves failed, and a reading in three
 *   pieces that glued its «ية» to «للدول» was left (synthetic line 104). (3) Before a reading is
 *   taken, the readings with fewer pieces are looked for once more with every word the source
 *   prints whole and nobody knows (Arabic letters only, three or more, not two words glued where
 *   pieces met: «زلي» + «التركيز», line 146) counted as a weak word, never a sure one: if one of
 *   them reads on, fewer cuts explain the line and only the judge's ignorance rules them out,
 *   and the pass does not choose (`fewerPiecesWithUnknownWords`).
 *
 * True of any report and any word list: no list is complete. Two of the three ways only ever
 * turn a choice into a refusal; the third only reads a line no reading passed, and the first
 * still checks what it reads.
 */
import { letterKey } from '../text/arabic/characters';
import { closesWord, searchReadings, type Atom, type SearchResult, type SearchRules, type SourceToken } from './reading-search';
import { hasTatweelEdge } from './tatweel-edge';
import { isArabicOnly, wordCore } from './word-list';

/** Which words nobody knows the search counts, and how. */
export type UnknownWords =
  /** Words closed by punctuation, counted as sure words: anywhere they stand as extracted, or only where the source prints them inside a piece. */
  | { kind: 'names'; where: 'anywhere' | 'inside' }
  /** Words the source prints whole, counted as weak words. */
  | { kind: 'printed-whole' };

/** True when a printed word that no list knows may still be a word: Arabic, three letters or more, closed by punctuation. */
export function mayBeUnlistedWord(printed: string): boolean {
  const core = wordCore(printed);
  return isArabicOnly(core) && letterKey(core).length >= 3 && closesWord(printed);
}

/** Which words of one setting count: a test, or undefined where no word of the line can (see the module comment). */
function countedWords(rules: SearchRules, tokens: readonly SourceToken[], which: UnknownWords): ((word: string) => boolean) | undefined {
  if (which.kind === 'names' && which.where === 'anywhere') return mayBeUnlistedWord;
  // Not a run that is two words glued («زلي» + «التركيز», «تأشيرات» + «البلد،»): that is where pieces met, not a word.
  const twoWords = (word: string) => [...word].some((_, cut) => cut > 0 && rules.strength(word.slice(0, cut), false) > 0 && rules.strength(word.slice(cut), false) > 0);
  const unknown = (word: string) => rules.strength(word, false) === 0;
  let counted: Set<string>;
  if (which.kind === 'printed-whole') {
    counted = new Set(tokens.map((token) => token.text).filter((word) => isArabicOnly(word) && letterKey(word).length >= 3 && unknown(word) && !twoWords(word)));
  } else {
    const inside = (index: number) => index > 0 && index < tokens.length - 1 && tokens[index]!.gapBefore < 2 && tokens[index + 1]!.gapBefore < 2 && !hasTatweelEdge(tokens[index]!);
    const names = tokens.map((token, index) => ({ word: token.text, inside: inside(index) })).filter(({ word }) => unknown(word) && mayBeUnlistedWord(word));
    // A word counts only if it stands inside a piece wherever the line prints it.
    counted = new Set(names.filter(({ word, inside }) => inside && !twoWords(word)).map(({ word }) => word));
    for (const { word, inside } of names) if (!inside) counted.delete(word);
  }
  return counted.size === 0 ? undefined : (word) => counted.has(word);
}

/** The rules of the search, with the words nobody knows of one setting counted: names as sure words, words printed whole as weak ones. */
export function countingUnknownWords(rules: SearchRules, tokens: readonly SourceToken[], which: UnknownWords): SearchRules {
  const counts = countedWords(rules, tokens, which);
  if (counts === undefined) return rules;
  const as = which.kind === 'names' ? 2 : 1;
  const strength = (word: string, made: boolean): 0 | 1 | 2 => {
    const known = rules.strength(word, made);
    return known === 0 && !made && counts(word) ? as : known;
  };
  return { ...rules, strength };
}

/**
 * (1) The readings other than `chosen` that pass with every name closed by punctuation counted
 * where it stands; empty when the chosen reading is still the only one. A search that gives up
 * is a doubt too.
 */
export function readingsIfUnlistedWordsCount(atoms: readonly Atom[], rules: SearchRules, tokens: readonly SourceToken[], chosen: string): string[] {
  const result = searchReadings(atoms, countingUnknownWords(rules, tokens, { kind: 'names', where: 'anywhere' }));
  if (result.exhausted) return ['(too many readings to list)'];
  return result.readings.filter((reading) => reading !== chosen);
}

/**
 * (2) Where no reading passes: the search once more with the names the source prints inside a
 * piece counted, and the rules it used; undefined where the line prints no such name.
 */
export function readingsWithNamesInside(atoms: readonly Atom[], rules: SearchRules, tokens: readonly SourceToken[]): { result: SearchResult; rules: SearchRules } | undefined {
  const which = { kind: 'names', where: 'inside' } as const;
  if (countedWords(rules, tokens, which) === undefined) return undefined;
  const counting = countingUnknownWords(rules, tokens, which);
  return { result: searchReadings(atoms, counting), rules: counting };
}

/** (3) True when a reading with fewer pieces than `result` reads on once the words the source prints whole and nobody knows count as weak. */
export function fewerPiecesWithUnknownWords(atoms: readonly Atom[], rules: SearchRules, result: SearchResult, tokens: readonly SourceToken[]): boolean {
  const fewest = rules.minPieces ?? 1;
  if (result.pieces - 1 < fewest) return false;
  const which = { kind: 'printed-whole' } as const;
  if (countedWords(rules, tokens, which) === undefined) return false;
  const counting = countingUnknownWords(rules, tokens, which);
  const fewer = searchReadings(atoms, { ...counting, maxPieces: result.pieces - 1 });
  return fewer.exhausted || fewer.readings.length > 0;
}
