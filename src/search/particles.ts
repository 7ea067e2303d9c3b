/**
 * Arabic writes the conjunctions و and ف, the prepositions ب ك ل and the article ال as part of the
 * next word (والتكنولوجيا، بالاتِّجار، للدول). Pagefind's stemmer strips some of these and not
 * others (never و or ف before an alef, so والأطفال does not find الأطفال); these are the shorter
 * forms a reader may type for a word written with particles.
 */

/** Shortest remainder worth indexing: stripping "و" from "ولا" leaves "لا", stripping more leaves one letter. */
const minimumLetters = 2;

function remainder(word: string, prefixLength: number): string | undefined {
  const rest = word.slice(prefixLength);
  return [...rest].length >= minimumLetters ? rest : undefined;
}

/**
 * The forms of `word` (letters only, no diacritics) with its leading particles removed one layer
 * at a time: conjunction, then preposition, then article. "وبالاتجار" → ["بالاتجار", "الاتجار",
 * "اتجار"]; "للدول" → ["الدول", "دول"] (ل before ال drops the alef). The word itself is not included.
 */
export function particleVariants(word: string): string[] {
  const forms: string[] = [];
  let current = word;
  const keep = (form: string | undefined): void => {
    if (form === undefined) return;
    forms.push(form);
    current = form;
  };

  if (/^[وف]/.test(current)) keep(remainder(current, 1));
  if (current.startsWith('لل')) {
    // ل + ال: the article's alef is dropped in writing; restore it so "للاتجار" meets "الاتجار".
    const afterPreposition = remainder(current, 2);
    if (afterPreposition !== undefined) keep('ال' + afterPreposition);
  } else if (/^[بكل]/.test(current)) {
    keep(remainder(current, 1));
  }
  if (current.startsWith('ال')) keep(remainder(current, 2));
  return [...new Set(forms)].filter((form) => form !== word);
}
