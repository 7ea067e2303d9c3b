/**
 * The first word of a reading in three pieces or more. A word that only the word list knows is
 * weak: the list also lists pieces of words («المن», «زلي»), so where pieces met it may be half
 * of a word whose other half stands across the cut. The reading's first word stands where the
 * printed line starts, and a printed line never starts inside a word: nothing of the word
 * comes before it. If a space follows it inside its own piece, the source shows where it ends
 * too, and it is whole on both sides (line 25: «… المستضعفة.تِّجقدراتها على تنفيذ …»: «قدراتها»
 * starts the line and a space follows it in its piece). Alone in its piece, nothing shows where
 * it ends (the next piece may hold the rest of it), and a weak word there is still refused.
 */

/** True when a weak first word of a reading stands whole: a space follows it inside its piece. */
export function weakFirstWordStands(wordsInItsPiece: number): boolean {
  return wordsInItsPiece > 1;
}
