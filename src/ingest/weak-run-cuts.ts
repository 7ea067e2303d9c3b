/**
 * A word only the word list knows, standing as extracted, may be two pieces that extraction
 * glued where it cut the line. The search cuts inside a run only where the run is no word, so
 * a reading that needs such a cut could not be formed at all, and a wrong reading that keeps
 * the run whole could pass as the only one. Two cases, both true of any report and word list:
 *
 * - Two report words glued: Debian's list takes «أو» before almost any word as the question
 *   particle with و («أونظر», «أوأعضاء»), so a line cut in three after «أو» («… الجنسي
 *   أو» + «نظر في …») kept «أونظر» whole and read wrong (synthetic line 15). A run only the
 *   list knows that is, at exactly one place, two words the report prints (each a report word)
 *   is cut there too; the search still weighs it whole.
 * - Any other cut, for rivals only: the list also lists many forms with a suffix, so
 *   «بالبشر» + «ات» (the end of «المنظمات») is «بالبشرات», «الأم» + «ا» is «الأما». Where two
 *   halves met at a single space, the rival readings in three pieces are looked for with such
 *   runs cut wherever a run that is no word would be (synthetic line 78: «… المنظم الإقليمية …
 *   بالبشرات» read as two halves). Cut so everywhere, two lines of this report would gain
 *   rivals made of pieces («إلى دى …», line 172), so the wider cut only refuses.
 *
 * Only a report word (printed whole on an undamaged line) always stays whole.
 */
import { diacriticClass } from '../text/arabic/characters';
import type { WordJudge } from './word-list';

const diacritic = new RegExp(`[${diacriticClass}]`, 'u');

/** True for a run the search never cuts: a word the report itself prints (strength 2). */
export function isReportWord(judge: WordJudge): (word: string) => boolean {
  return (word) => judge.strength(word, false) === 2;
}

/** The one place where the run is two report words glued, if there is exactly one. */
export function reportWordsCut(run: string, isSure: (word: string) => boolean): number | undefined {
  const cuts: number[] = [];
  for (let cut = 1; cut < run.length; cut++) {
    if (diacritic.test(run[cut]!)) continue;
    if (isSure(run.slice(0, cut)) && isSure(run.slice(cut))) cuts.push(cut);
  }
  return cuts.length === 1 ? cuts[0] : undefined;
}
