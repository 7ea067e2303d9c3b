/**
 * Which of a report's unit openers prove where a unit starts. The first line of a unit must
 * open with a word that opens the report's undamaged units of its kind (src/ingest/piece-order.ts):
 * the words a report opens its units with are few and stand mostly there («ينبغي», «وأشار»,
 * «وسلَّط»). A word that opens one unit but stands everywhere inside sentences is no such
 * evidence: «في» opens paragraph 18 of this report and stands 63 more times inside its text,
 * so any turn of a line that starts at an inner «في» would pass as a paragraph's start (line 226:
 * «في إطار البند ٣ …» read before «وألقى», which opens no other paragraph). A word counts as an
 * opener only when at least one in four of its occurrences in the report opens a unit: a
 * preposition or other common word that happens to open a unit falls far below (1 in 64), the
 * report's openers stand far above (22 of 24 for «ينبغي», 4 of 9 for «وأشار»).
 */

/** True when a word that opens `opens` units and occurs `occurrences` times in the report's text proves a unit's start. */
export function provesUnitStart(opens: number, occurrences: number): boolean {
  return opens * 4 >= occurrences;
}
