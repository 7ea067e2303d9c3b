/**
 * A line cut into three or more pieces written out last piece first, cut between words, at
 * the article ("… إنفاذ ال" + "قانون، …") or inside a word ("بالا" + "تِّج" + "ار"). The
 * pass proposes the one reading that reverses the pieces back, keeps the line's characters,
 * makes every word a word and reads on across the line breaks (src/ingest/piece-order.ts),
 * with no more pieces than needed; where two such readings exist it does not choose.
 */
import { piecesPass } from './pieces-pass';

/** Puts three or more reversed pieces of a line back in order, when exactly one way reads. */
export const reversedPieces = piecesPass('reversed-pieces', (pieces) => pieces >= 3);
