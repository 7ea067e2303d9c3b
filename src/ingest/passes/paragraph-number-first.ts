/**
 * A paragraph number comes out at the end of its first line ("X -٢") or in the middle
 * ("X -٦ Y"). In reading order the number leads, and the text after it (Y) comes before the
 * text in front of it (X): "٦- Y X". When Y ends in a piece of a word ("شُ"), X starts with
 * the rest of it ("دِّدَ"), and the two are glued back together ("شُدِّدَ").
 */
import { arabicDigitClass } from '../../text/arabic/characters';
import { isWordFragment } from '../fragments';
import { wordsOf } from '../vocabulary';
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

const markerLast = new RegExp(`^(.*?) ?-([${arabicDigitClass}]+)$`, 'u');
const markerInside = new RegExp(`^(.*?) -([${arabicDigitClass}]+) (.*)$`, 'u');

/** Moves a paragraph number found at the end or in the middle of a line to the start. */
export const paragraphNumberFirst: ReadingOrderPass = {
  name: 'paragraph-number-first',
  apply(line) {
    const { role } = line;
    if (role.kind !== 'paragraph-start' || role.marker === 'start') return line;
    const pattern = role.marker === 'end' ? markerLast : markerInside;
    const match = pattern.exec(line.text);
    if (!match) return line;
    const [, before, digits, after = ''] = match;
    const body = joinAtJunction(after, before!);
    return reorder(line, this.name, `${digits}- ${body}`.trimEnd(), { ...role, marker: 'start' });
  },
};

/** Joins two runs of text in reading order, gluing a word cut at the junction. */
export function joinAtJunction(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  const lastWord = wordsOf(left).at(-1) ?? '';
  return isWordFragment(lastWord) ? left + right : `${left} ${right}`;
}
