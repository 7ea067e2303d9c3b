/**
 * Section labels as printed in UN reports, and the ids they get in URLs. Chapters count
 * أولاً, ثانياً, ...; subsections inside a chapter count ألف, باء, جيم, ...
 */
import { letterKey } from './characters';

/** Chapter labels (compared without diacritics) to the roman-numeral id of the chapter. */
const chapterIds: Record<string, string> = {
  [letterKey('أولاً')]: 'i',
  [letterKey('ثانياً')]: 'ii',
  [letterKey('ثالثاً')]: 'iii',
  [letterKey('رابعاً')]: 'iv',
  [letterKey('خامساً')]: 'v',
  [letterKey('سادساً')]: 'vi',
};

/** Subsection labels (the abjad letters) to the letter that ends a subsection id. */
const subsectionLetters: Record<string, string> = {
  [letterKey('ألف')]: 'a',
  [letterKey('باء')]: 'b',
  [letterKey('جيم')]: 'c',
  [letterKey('دال')]: 'd',
  [letterKey('هاء')]: 'e',
  [letterKey('واو')]: 'f',
  [letterKey('زاي')]: 'g',
};

/** The id of a chapter labelled e.g. "ثانياً" ("ii"), or undefined if the word is not a chapter label. */
export function chapterIdOf(label: string): string | undefined {
  return chapterIds[letterKey(label)];
}

/** The id suffix of a subsection labelled e.g. "باء" ("b"), or undefined if the word is not a subsection label. */
export function subsectionLetterOf(label: string): string | undefined {
  return subsectionLetters[letterKey(label)];
}

/** The word a recommendation heading is made of: "التوصية ١٢". */
export const recommendationWord = 'التوصية';

/** The word a numbered paragraph's title is made of: "الفقرة ٥". */
export const paragraphWord = 'الفقرة';
