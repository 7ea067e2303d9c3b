/**
 * Fold the spelling variants of Arabic that carry no meaning for "do these two passages speak of
 * the same thing": the same word is typed with and without diacritics, with tatweel stretching
 * (the extracted PDF is full of it), with or without hamza on alef, and with ى/ي and ة/ه used
 * interchangeably at word ends.
 */

// Harakat, tanween, shadda, sukun, superscript alef and the Quranic marks: none change the word.
const diacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const tatweel = /\u0640/g;
// أ إ آ ٱ are one letter for matching: writers (and the PDF's font) differ in which they use.
const alefForms = /[\u0622\u0623\u0625\u0671]/g;

/** Text with diacritics and tatweel removed, alef forms, ى and ة folded, Latin lower-cased. */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(diacritics, '')
    .replace(tatweel, '')
    .replace(alefForms, 'ا')
    // ى (alef maqsura) at a word end is routinely typed as ي and the reverse.
    .replace(/\u0649/g, 'ي')
    // ة and ه alternate at word ends (المشتركة / المشترك + ه after stemming); folding keeps one stem.
    .replace(/\u0629/g, 'ه')
    .toLowerCase();
}
