/**
 * The folding profiles: how each reader of the text makes two spellings of a word meet. They
 * differ on purpose, and are side by side here so the differences are visible:
 *
 * | folds                               | ingest (`letterKey`) | search (`foldForSearch`) | related passages (`foldForRelated`) |
 * | ----------------------------------- | -------------------- | ------------------------ | ----------------------------------- |
 * | diacritics (harakat, shadda …)      | removed              | removed                  | removed                             |
 * | Quranic marks                       | removed (not letters)| removed                  | removed                             |
 * | tatweel, punctuation, digits        | removed (not letters)| tatweel removed          | tatweel removed                     |
 * | أ إ آ ٱ → ا                          | kept                 | folded                   | folded                              |
 * | ؤ ئ → ء                             | kept                 | folded                   | kept                                |
 * | ى → ي                               | kept                 | folded                   | folded                              |
 * | ة → ه                               | kept                 | kept (حملة is not حمل)   | folded (stems meet)                 |
 * | Arabic-Indic digits → Western       | removed              | folded                   | kept                                |
 * | Latin letters                       | kept                 | lower case               | lower case                          |
 *
 * Ingest compares words exactly as printed but for marks (`letterKey` in ./characters.ts, which
 * also serves the section-label tables). Search folds what readers' typing changes and no more.
 * Related passages fold further, for "do these speak of the same thing".
 */
import { alefFormClass, markClass, tatweel } from './classes';
import { toWesternDigits } from './digits';

const marks = new RegExp(`[${markClass}]`, 'gu');
const tatweels = new RegExp(tatweel, 'gu');
const alefForms = new RegExp(`[${alefFormClass}]`, 'gu');

/** Removes diacritics, Quranic marks and tatweel, after NFC: the text as a reader sees it, unadorned. */
export function withoutMarks(text: string): string {
  return text.normalize('NFC').replace(marks, '').replace(tatweels, '');
}

/** Search's profile: a word folded the way readers' typing differs from the printed text. */
export function foldForSearch(text: string): string {
  return toWesternDigits(
    withoutMarks(text)
      .replace(alefForms, '\u0627')
      .replace(/[\u0624\u0626]/gu, '\u0621')
      .replace(/\u0649/gu, '\u064A'),
  ).toLowerCase();
}

/** Related passages' profile: search's folding without the hamza seats and digits, with final ة as ه. */
export function foldForRelated(text: string): string {
  return (
    withoutMarks(text)
      .replace(alefForms, '\u0627')
      // ى (alef maqsura) at a word end is routinely typed as ي and the reverse.
      .replace(/\u0649/gu, '\u064A')
      // ة and ه alternate at word ends (المشتركة / المشترك + ه after stemming); folding keeps one stem.
      .replace(/\u0629/gu, '\u0647')
      .toLowerCase()
  );
}
