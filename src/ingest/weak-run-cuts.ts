/**
 * A word only the word list knows, standing as extracted, may be two pieces that extraction
 * glued where it cut the line: the list also lists many pieces of words and many forms with a
 * suffix, so «بالبشر» + «ات» (the end of «المنظمات») is «بالبشرات», and «الأم» + «ا» is
 * «الأما». The search cuts inside a run only where the run is no word, so a line cut in three
 * pieces whose seam left such a run could not be read in three pieces at all, and its two
 * halves swapped at a single space passed as the one reading (synthetic line 78: «… المنظم
 * الإقليمية … بالبشرات»). Where two halves met at a single space, the rival readings in three
 * pieces are therefore looked for with such runs cut as well; only a report word (the report
 * prints it whole on an undamaged line) stays whole. True of any report and any word list.
 */
import type { WordJudge } from './word-list';

/** True for a run the rival search never cuts: a word the report itself prints (strength 2). */
export function staysWholeForRivals(judge: WordJudge): (word: string) => boolean {
  return (word) => judge.strength(word, false) === 2;
}
