/**
 * Where a reading in three pieces or more starts, when every join of it glues a word cut in two
 * (line 17: «المدني، وأجهزة إنفاذ ال|قانون، … الن|يابة ال|عامة، … ال|عاملين في الخطوط»).
 *
 * The passes refuse a reading whose words, turned round to start at another word, also read on:
 * a line cut in two at a single space could have been cut at any other. A reading whose every
 * join glues a word is not of that kind. Each cut it makes parts a word, so no turn of its words
 * is a reversal of pieces of the same extracted line: the turn at a word w of the piece Q (the
 * reading Q₁ … Q … Qₖ) reads «w … Qₖ Q₁ … », and Q₁, the extracted line's last piece, would have
 * to stand before Qₖ, its first, in the source. A turn of such a reading is what the other
 * mechanism found in printed lines writes, a line turned round with a run reversed inside it
 * (src/ingest/turned-run-reversed.ts: line 240, whose one reversed reading glues every join
 * and is wrong), and the pass has looked for a reading of that shape before it asks this: where
 * one passes, it has already refused. With none, the turn is no reading of the extracted line
 * by any mechanism, and the start of the reading is the start of the extracted line's last
 * piece. True of any text extracted this way; where any join is a space, the start stays open.
 *
 * The search of turned lines glues two pieces at a join, never three into one word, so a reading
 * that glues a word from three pieces (a lone middle piece glued on both sides) is a shape whose
 * turned rivals it may miss: there the start stays open too. The synthetic check put such a
 * line back wrong (seed 11, line 262: «د قدَّمت دعما ماليا  تعبا  وتقنيا … لأغراض الاس», read
 * «وتقنيا … الاستعباد قدَّمت دعما ماليا», «الاس» + «تعبا» + «د» glued into a report word).
 */
import { searchReadings, type Atom, type SearchResult, type SearchRules } from './reading-search';

/** True when the one reading, of three pieces or more, is read again with every join gluing two pieces into a word. */
export function startShownByGluedJoins(atoms: readonly Atom[], rules: SearchRules, result: SearchResult): boolean {
  if (result.pieces < 3 || result.readings.length !== 1) return false;
  const glued = searchReadings(atoms, { ...rules, gluedJoinsOnly: true, everyReading: true, minPieces: result.pieces, maxPieces: result.pieces });
  return !glued.exhausted && glued.readings.includes(result.readings[0]!);
}
