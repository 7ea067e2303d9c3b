/** Turn a passage into the terms that say what it is about. */
import { normalizeArabic } from './normalize';
import { stemArabic } from './stem';
import { functionWords, reportWords } from './stopwords';

// Arabic letters (after normalization) or Latin letters; digits and punctuation split words.
const word = /[\u0621-\u064A\u0671-\u06D3a-z]+/g;

function stems(text: string): string[] {
  return (normalizeArabic(text).match(word) ?? []).map(stemArabic);
}

const stopStems: ReadonlySet<string> = new Set(stems([...functionWords, ...reportWords].join(' ')));

/** The stemmed content words of a passage, in order, without stopwords or one-letter leftovers. */
export function tokenize(text: string): string[] {
  return stems(text).filter((stem) => stem.length >= 2 && !stopStems.has(stem));
}
