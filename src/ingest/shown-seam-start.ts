/**
 * A unit's first line cut in two where the source shows the cut (a run of spaces, or a full
 * stop or colon glued to the next word: «… التوصيات التالية:أوصى الفريق العامل …»). The first
 * line of a unit must open with a word that opens the report's undamaged units of its kind,
 * and that list is short: paragraph 1 of this report is the only one that opens with «أوصى».
 * Where the source shows the one seam, the seam says where the line starts, as it does for a
 * line inside a unit: the two halves are swapped there and nowhere else, and the opener is
 * not needed to find the start. Every other test still holds (words, sentence ends, reading on
 * into the next line), and only two pieces: a line in more pieces has cuts the source does
 * not show, and then the opener is what decides between them. So the caller asks this only of
 * a line that holds no word opening units of its kind: where one stands inside the line
 * («… عن طريق ينبغي للدول …»), the line may start there, at a cut the source does not show.
 */
import type { Atom, SearchResult, SearchRules } from './reading-search';
import { holdsNumberPiece } from './number-piece-rival';
import { searchReadings } from './reading-search';

/** The one reading of two halves swapped at the line's one shown cut, read without the opener test; undefined when there is none. */
export function readingAtShownSeam(
  atoms: readonly Atom[],
  rules: SearchRules,
  acceptsWithoutOpener: (words: readonly string[]) => boolean,
): SearchResult | undefined {
  if (atoms.filter((atom) => atom.before?.mustCut).length !== 1) return undefined;
  // A number is a piece of its own wherever extraction wrote it in visual order: a line that
  // holds one may be cut at more places than its one shown seam (src/ingest/number-piece-rival.ts).
  if (holdsNumberPiece(atoms)) return undefined;
  // Without the opener test, the first word must still be able to open a unit's text: a word,
  // never a number alone (a number written in visual order stands before the words it
  // follows, so a piece may start with one: synthetic line 222, «٣ ونظر الفريق …»).
  const opensText = (words: readonly string[]) => /\p{L}/u.test(words[0]!) && acceptsWithoutOpener(words);
  const result = searchReadings(atoms, { ...rules, accepts: opensText, minPieces: 2, maxPieces: 2 });
  return result.pieces === 2 && result.readings.length === 1 ? result : undefined;
}
