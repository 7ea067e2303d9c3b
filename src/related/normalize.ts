/**
 * Fold the spelling variants of Arabic that carry no meaning for "do these two passages speak of
 * the same thing": the same word is typed with and without diacritics, with tatweel stretching
 * (the extracted PDF is full of it), with or without hamza on alef, and with ى/ي and ة/ه used
 * interchangeably at word ends.
 */

import { foldForRelated } from '../text/arabic/folding';

/** Text with diacritics and tatweel removed, alef forms, ى and ة folded, Latin lower-cased: the related passages' profile in src/text/arabic/folding.ts. */
export const normalizeArabic = foldForRelated;
