/**
 * A unit's first line that holds a number (its paragraph number aside), with one seam shown.
 * A unit's first line whose one shown seam says where it starts is read as two halves swapped
 * there, without the opener test (src/ingest/shown-seam-start.ts): two pieces and no more. A
 * number breaks that: it is a bidirectional run of its own, and extraction in visual order
 * writes it apart from the words around it (src/ingest/glued-digit-seam.ts), so a line with a
 * number may be cut at more places than its one shown seam. Synthetic line 222, «من ٣  ونظر
 * الفريق العامل … في البند  -١٤», read as two halves «ونظر … البند من ٣» (the number left
 * after the word it followed in the source), when it was printed «ونظر … البند ٣ من»: three
 * pieces, the number alone. So the shown seam does not say where such a line starts, and
 * the opener must. True of any right-to-left report with numbers in its text.
 */
import { arabicDigitClass } from '../text/arabic/characters';
import type { Atom } from './reading-search';

const digit = new RegExp(`[${arabicDigitClass}0-9]`, 'u');

/** True when an atom of the line holds digits: a run extraction may have written as a piece of its own. */
export function holdsNumberPiece(atoms: readonly Atom[]): boolean {
  return atoms.some((atom) => digit.test(atom.text));
}
