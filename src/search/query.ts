/**
 * What the reader typed, as search terms: words, and phrases in quotes ("…", “…” or «…»), whose
 * words must stand in that order. Punctuation around words is dropped; a pasted page of text is cut
 * to `maximumQueryWords` words so it stays fast.
 */
import { wordPieces } from './lexicon/letters';

/** More words than any phrase a reader would remember. */
export const maximumQueryWords = 12;

/** A word or a quoted phrase. */
export interface QueryTerm {
  /** The words as typed, each with at least one letter or digit. */
  words: string[];
  phrase: boolean;
}

const quoted = /["“”«»]([^"“”«»]*)["“”«»]?/gu;

function wordsOf(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((word) => wordPieces(word).length > 0);
}

/** The terms of a query, phrases first in the order typed, then the loose words. */
export function parseQuery(typed: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let budget = maximumQueryWords;
  const take = (words: string[]): string[] => {
    const kept = words.slice(0, Math.max(0, budget));
    budget -= kept.length;
    return kept;
  };
  const loose = typed.replace(quoted, (_whole, inside: string) => {
    const words = take(wordsOf(inside));
    if (words.length > 1) terms.push({ words, phrase: true });
    else if (words.length === 1) terms.push({ words, phrase: false });
    return ' ';
  });
  for (const word of take(wordsOf(loose))) terms.push({ words: [word], phrase: false });
  return terms;
}

/** Every word of the terms, in order. */
export function queryWords(terms: QueryTerm[]): string[] {
  return terms.flatMap((term) => term.words);
}
