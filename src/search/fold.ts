/**
 * The spelling differences Pagefind 1.6's Arabic stemmer does not already fold, applied to the
 * indexed words and to the query alike. Measured on a fixture (see docs/search.md): the stemmer
 * folds diacritics, tatweel, hamza on alef, final ى/ي and Arabic-Indic digits itself, so those are
 * left to it; it keeps the hamza seat (المسئولين does not find المسؤولين), so that is folded here.
 */

// Harakat, tanween, shadda, sukun, superscript alef and Quranic marks: they never change the word.
const diacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const tatweel = /\u0640/g;
// ؤ and ئ are the same hamza on different seats; writers (and older typing habits) differ.
const seatedHamza = /[\u0624\u0626]/g;

/** A word or query with diacritics and tatweel removed and hamza on a seat written as bare ء. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').replace(diacritics, '').replace(tatweel, '').replace(seatedHamza, '\u0621');
}

/**
 * For queries: tatweel removed and hamza seats folded, diacritics kept. Pagefind ignores
 * diacritics when matching but ranks a word written with the same diacritics as the query higher,
 * so a reader who types الاتِّجار keeps that preference.
 */
export function foldQuery(text: string): string {
  return text.normalize('NFC').replace(tatweel, '').replace(seatedHamza, '\u0621');
}

/** The same text with only diacritics and tatweel removed: what Pagefind itself reduces a word to. */
export function stripMarks(text: string): string {
  return text.normalize('NFC').replace(diacritics, '').replace(tatweel, '');
}
