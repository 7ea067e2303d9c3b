/** Turn a passage into the terms that say what it is about. */
import { normalizeArabic } from './normalize';
import { stemArabic } from './stem';
import { functionWords, reportWords } from './stopwords';
import { arabicLetterClass } from '../text/arabic/classes';

// Arabic letters (after normalization) or Latin letters; digits and punctuation split words.
const word = new RegExp(`[${arabicLetterClass}a-z]+`, 'g');

/** The normalized words of a passage, in order (no stemming, no stopword removal). */
export function wordsOf(text: string): string[] {
  return normalizeArabic(text).match(word) ?? [];
}

const stopStems: ReadonlySet<string> = new Set(wordsOf([...functionWords, ...reportWords].join(' ')).map((w) => stemArabic(w)));

/**
 * The stemmed content words of a passage, in order, without stopwords or one-letter leftovers.
 * `vocabulary` (normalized words of the whole collection) lets the stemmer tell a leading
 * "and" (وسلط → سلط) from a word that begins with و (وسائط).
 */
export function tokenize(text: string, vocabulary?: ReadonlySet<string>): string[] {
  const isWord = vocabulary && ((candidate: string) => vocabulary.has(candidate) || vocabulary.has(`ال${candidate}`));
  return wordsOf(text)
    .map((w) => stemArabic(w, isWord))
    .filter((stem) => stem.length >= 2 && !stopStems.has(stem));
}

/**
 * The terms of a passage for comparison: its stems, and each pair of neighbouring stems as one
 * more term ("شبك_اجرام" for الشبكات الإجرامية). A shared phrase then counts for more than the
 * same two words found apart, which is what separates a passage on the same subject from one
 * that happens to use a common word.
 */
export function terms(tokens: readonly string[]): string[] {
  return [...tokens, ...tokens.slice(1).map((token, index) => `${tokens[index]}_${token}`)];
}
