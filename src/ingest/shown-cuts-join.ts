/**
 * A join between two pieces where the source shows both cuts. A reading's join between two
 * pieces is a cut the reading chose, unless the source shows it: a run of spaces, or sentence
 * punctuation glued to the next word (src/ingest/glued-seam.ts). A word only the word list
 * knows (weak) may not open a piece at a chosen cut: the list also lists pieces of words, and
 * the cut may run through a word. Where the piece before ends at a cut the source shows, with a
 * report word (sure), and the weak word's piece starts at a cut the source shows, with a space
 * after the weak word inside its piece, nothing of the reading chose those cuts: each is
 * certain, the word before is whole, and the weak word is whole at its end (line 127:
 * «… بما  في» and «ا.يشمل من …»: «بما يشمل من»). Any other way the two pieces could meet (the
 * weak word glued to the word before as the rest of it) is a reading of its own that the search
 * weighs as well.
 */

/** What the search knows of a join where a weak word opens a piece. */
export interface ShownJoin {
  /** Strength of the word before the join (2: a report word). */
  beforeStrength: 0 | 1 | 2;
  /** The source shows a cut right after the word before. */
  beforeShown: boolean;
  /** The source shows a cut right before the weak word. */
  afterShown: boolean;
  /** Words in the weak word's piece: more than one means a space follows it there. */
  wordsInItsPiece: number;
}

/** True when a weak word may open its piece after this join. */
export function weakWordAfterShownJoin(join: ShownJoin): boolean {
  return join.beforeStrength === 2 && join.beforeShown && join.afterShown && join.wordsInItsPiece > 1;
}
