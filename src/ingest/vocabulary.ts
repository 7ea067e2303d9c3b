/**
 * The report's own vocabulary: how often each word occurs, compared without diacritics and
 * punctuation. Used to tell a real word from a piece of one ("الاج" occurs nowhere else).
 */
import { letterKey } from './characters';

/** Word counts over a set of texts. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();

  /** Counts the words of every text. */
  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      for (const word of wordsOf(text)) this.add(letterKey(word), 1);
    }
  }

  /** How many times the word occurs. */
  count(word: string): number {
    return this.counts.get(letterKey(word)) ?? 0;
  }

  /** The same vocabulary without the words of one text (the line being examined must not vouch for itself). */
  without(text: string): Vocabulary {
    const rest = new Vocabulary([]);
    for (const [key, count] of this.counts) rest.counts.set(key, count);
    for (const [key, count] of ownCounts(text)) rest.add(key, -count);
    return rest;
  }

  private add(key: string, amount: number): void {
    if (key !== '') this.counts.set(key, (this.counts.get(key) ?? 0) + amount);
  }
}

/** The space-separated words of a normalized text. */
export function wordsOf(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}

/** How many times each word (by key) occurs in one text. */
export function ownCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of wordsOf(text)) {
    const key = letterKey(word);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
