/**
 * Character classes of Arabic text, as bodies of regular-expression classes. Latin-centred
 * classes (\\w, \\b) know nothing of Arabic letters, marks or digits, so they are spelled here,
 * once. This module holds only strings, so the search page's script can use it at no cost.
 */

/** U+0640, the stretching stroke a justified PDF line inserts inside words. */
export const tatweel = '\u0640';

/** Arabic-Indic digits ٠-٩ as a character class body (for building regular expressions). */
export const arabicDigitClass = '\u0660-\u0669';

/** Eastern Arabic-Indic digits ۰-۹, typed on Persian and Urdu keyboards. */
export const easternArabicDigitClass = '\u06F0-\u06F9';

/** Harakat, shadda, sukun and superscript alef: marks that sit on a letter, never alone. */
export const diacriticClass = '\u064B-\u065F\u0670';

/** The diacritics with the Quranic annotation marks around them (U+0610–U+061A, U+06D6–U+06ED): every mark a reader's typing may add or leave out. */
export const markClass = `\u0610-\u061A${diacriticClass}\u06D6-\u06ED`;

/** Arabic letters (without tatweel, digits or marks). */
export const arabicLetterClass = '\u0621-\u063A\u0641-\u064A\u0671-\u06D3';

/** The forms of alef with hamza or madda, and alef wasla (أ إ آ ٱ), that readers type as bare alef. */
export const alefFormClass = '\u0622\u0623\u0625\u0671';
