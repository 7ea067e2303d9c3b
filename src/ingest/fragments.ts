/**
 * Word fragments: pieces that cannot stand as an Arabic word and so betray a word cut in two
 * by extraction. The conjunction و and the prepositions ب ل ك are always written attached,
 * so a lone letter is never a word, and neither is a bare article.
 */
import { diacriticClass, letterKey } from '../text/arabic/characters';

const bareArticles = new Set(['ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وبال', 'وكال'].map(letterKey));
const proclitics = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const endsInMark = new RegExp(`[${diacriticClass}]$`, 'u');

/** True when the word is a bare article: "ال", "وال", "بال", "لل", ... */
export function isBareArticle(word: string): boolean {
  return isBareArticleKey(letterKey(word));
}

/** The same test on a word's letter key (see `letterKey`), for callers that already have it. */
export function isBareArticleKey(key: string): boolean {
  return bareArticles.has(key);
}

/** True when the word is a lone letter, with or without diacritics ("و", "شُ"). */
export function isLoneLetter(word: string): boolean {
  return letterKey(word).length === 1;
}

/**
 * True when the word is a piece of a longer word: a lone letter, a bare article, or a
 * conjunction plus one voweled letter ("وسُ"): unvoweled text carries marks only inside words.
 */
export function isWordFragment(word: string): boolean {
  const letters = letterKey(word);
  if (letters.length === 0) return false;
  if (isLoneLetter(word) || isBareArticle(word)) return true;
  return letters.length === 2 && proclitics.has(letters[0]!) && endsInMark.test(word);
}
