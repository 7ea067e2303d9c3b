/**
 * A paragraph number written inside its first line («الأساسية،   -٦ وفيما …», line 175). The
 * number opens the printed line, and extraction writes it as a run of its own; in line 175 (and
 * 189) it came out where the two halves of the line met, after the piece that ends the printed
 * line («… الأساسية،») and before the piece it leads («وفيما … شُ»). There its place is a seam
 * the source shows, as a run of spaces is, and a unit's first line whose one shown seam is where
 * its two halves meet needs no known opener (src/ingest/shown-seam-start.ts): paragraph 6 opens
 * with «وفيما», which opens no other paragraph of the report.
 *
 * But the number need not stand at the seam: it came out inside the word that ends line 216
 * («الاتِّ  -١٣ جار»), and between pieces of a cycle in lines 165, 222 and 282. So its place
 * is taken as the seam only where no reading passes with it open (the search tries the two sides
 * glued and apart first: src/ingest/piece-order.ts), where the word after it has the shape of a
 * paragraph's opener (the conjunction و before a word of three letters or more, as 15 of this
 * report's 18 paragraphs open), and where no other word of that shape starts a turn of the
 * reading that also reads on. Without the last two, paragraph first lines damaged with the
 * number off the seam came back wrong (17 of 50 at seed 2019): every turn of a line's words
 * reads on, and the number then chose the turn. With them, none at six seeds
 * (docs/reading-order.md, "Paragraph numbers"). True of any report whose paragraph numbers are
 * runs of their own and whose paragraphs open so.
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
