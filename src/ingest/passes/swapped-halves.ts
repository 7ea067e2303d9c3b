/**
 * A line cut in two with its halves swapped: the line's last words stand directly before its
 * first words ("… للمساعدة في بناء  ينبغي للدول الأعضاء …"), the cut between words or
 * inside one ("ضاء النظر … ينبغي للدول الأع"). The pass proposes the one reading with two
 * pieces that keeps the line's characters, makes every word a word and reads on across the
 * line breaks (src/ingest/piece-order.ts); where two such readings exist it does not choose.
 */
import { piecesPass } from './pieces-pass';

/** Swaps the halves of a line cut in two, when exactly one way of doing so reads. */
export const swappedHalves = piecesPass('swapped-halves', (pieces) => pieces === 2);
