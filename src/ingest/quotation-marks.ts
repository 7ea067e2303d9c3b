/**
 * The straight quotation mark («"») both opens and closes a quotation, but printed text shows
 * which: an opening mark is glued to the first letter of the word it opens («"اعرف»), a closing
 * mark to the last letter of the word it closes («حقوقك"»). So a word that ends with a letter
 * and a quotation mark is whole on that side, as one that ends with a full stop or a closing
 * bracket is (line 50: «… بشعار "اعرف حقوقك"», where the reading ends), and one that opens
 * with a quotation mark and a letter is whole before it.
 */
const closing = /[\p{L}\p{M}]"$/u;
const opening = /^"\p{L}/u;

/** True when the word ends with a quotation mark glued after its last letter: it closes a quotation. */
export function closesQuotation(word: string): boolean {
  return closing.test(word);
}

/** True when the word starts with a quotation mark glued before its first letter: it opens a quotation. */
export function opensQuotation(word: string): boolean {
  return opening.test(word);
}
