/**
 * A word glued from three pieces or more. A reading glues a word from two pieces at most
 * (src/ingest/reading-search.ts): a lone piece glued on both sides lets the word list make a
 * word of almost anything («وُض» + «عض» + «عت»: «وُضعضعت»), since the list also lists pieces
 * of words and forms with any particle or pronoun. The report's own words are another kind of
 * evidence: only the words printed whole on its undamaged lines, and a piece glued on
 * both sides lands on one of them only where the extraction cut that very word twice (line 25:
 * «بالا» + «تِّج» + «ار»: «بالاتِّجار», which the report prints many times). So a third piece
 * may be glued on where the word it makes is a report word, and nowhere else.
 */

/** True when a reading may glue the next piece onto a word it already glued: only into a report word (strength 2). */
export function mayGlueThirdPiece(gluedStrength: 0 | 1 | 2): boolean {
  return gluedStrength === 2;
}
