/**
 * The last word of a reading in three pieces or more. A word that only the word list knows is
 * weak: the list also lists pieces of words («المن», «زلي»), so where pieces met it may be half
 * of a word whose other half stands across the cut. The reading's last word stands where the
 * printed line ends, and a printed line never ends inside a word: nothing of the word comes
 * after it. A space before it inside its own piece shows where it starts; and the cut after it
 * must be one the source shows (a run of spaces, punctuation glued to the next word, tatweel at
 * the next word's edge), not one the reading chose (line 17: «عاملين في الخطوط  عامة، …»:
 * «الخطوط» ends the line). A run of spaces alone shows no word whole (line 247: «الاجتم  في»,
 * a piece of «الاجتماعي»): alone in its piece, or before a single space the reading cut at, a
 * weak word is still refused. The mirror of the first word's rule (src/ingest/reading-start-word.ts).
 * Measured on the synthetic check before it was taken: asked without the shown cut it let more
 * readings pass and cost restored lines (docs/reading-order.md).
 */

/** True when a weak last word of a reading stands whole: a space before it in its piece and a cut the source shows after it. */
export function weakLastWordStands(edges: { spaceBeforeInItsPiece: boolean; cutShownAfter: boolean }): boolean {
  return edges.spaceBeforeInItsPiece && edges.cutShownAfter;
}
