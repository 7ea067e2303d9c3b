/**
 * A paragraph number written inside its first line («الأساسية،   -٦ وفيما …», line 175). The
 * number opens the printed line, and extraction writes it as a run of its own; where it stands
 * inside the extracted line, two pieces of the line met: the number came out before the piece
 * it leads («-٦ وفيما يتعلق …») and after the piece that ends the line («… الأساسية،»). Its
 * place is then a seam the source shows, as a run of spaces is, and a unit's first line whose
 * one shown seam is where its two halves meet needs no known opener (src/ingest/shown-seam-start.ts):
 * paragraph 6 opens with «وفيما», which opens no other paragraph of the report.
 *
 * The number may also have come out inside a word the line ends with («الاتِّ  -١٣ جار», line
 * 216): the search tries that first, with the two sides of the number glued or apart
 * (src/ingest/piece-order.ts), and only a line no reading of that search passes is read at the
 * number's seam. There the cut at the number leaves the reading's first and last words as its
 * two sides, and a word cut there is no word: such a line reads no more at the seam than
 * before it. True of any report whose paragraph numbers are runs of their own.
 */
import { letterKey } from '../text/arabic/characters';
import type { SourceToken } from './reading-search';

/** The line's words with the paragraph number's place shown as a cut (two spaces), or undefined where the number stood at either end. */
export function numberPlaceShownAsCut(tokens: readonly SourceToken[], numberAt: number | undefined): SourceToken[] | undefined {
  if (numberAt === undefined || numberAt <= 0 || numberAt >= tokens.length) return undefined;
  return tokens.map((token, index) => (index === numberAt ? { ...token, gapBefore: Math.max(token.gapBefore, 2) } : token));
}

/** True when a word is the conjunction و before a word of three letters or more («وفيما», «وأشار»; not «وفي», «ومن»). */
export function opensWithConjunction(word: string): boolean {
  const key = letterKey(word);
  return key.startsWith('و') && key.length >= 4;
}

/**
 * True when the reading, turned round to start at another word of that shape, also reads on:
 * the number's place is then not the one start the words allow («… المشتركة   -٤ والامتثال
 * لطلبات وسلَّطت متكلمة …», the number off the seam, reads on from «والامتثال» and from «وسلَّطت»).
 */
export function anotherConjunctionStart(reading: string, readsOn: (words: readonly string[]) => boolean): boolean {
  const words = reading.split(' ');
  for (let start = 1; start < words.length; start++) {
    if (!opensWithConjunction(words[start]!)) continue;
    if (readsOn([...words.slice(start), ...words.slice(0, start)])) return true;
  }
  return false;
}
