/**
 * The report's own vocabulary: how often each word occurs, compared without diacritics and
 * punctuation. Used to tell a real word from a piece of one ("الاج" occurs nowhere else).
 */
import { letterKey } from '../text/arabic/characters';

/** Word counts over a set of texts. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /** Words of one text left out of the counts (shared counts, so leaving out costs nothing). */
  private excluded = new Map<string, number>();

  /** Counts the words of every text. */
  constructor(texts: Iterable<string>) {
    for (const text of texts) this.addWords(wordsOf(text));
  }

  /** A vocabulary of letter keys already computed (see `letterKey`). */
  static ofKeys(keys: Iterable<string>): Vocabulary {
    const vocabulary = new Vocabulary([]);
    for (const key of keys) if (key !== '') vocabulary.counts.set(key, (vocabulary.counts.get(key) ?? 0) + 1);
    return vocabulary;
  }

  /** A vocabulary of counted words, as `counts()` gives them. */
  static ofCounts(counts: Iterable<[string, number]>): Vocabulary {
    const vocabulary = new Vocabulary([]);
    for (const [key, count] of counts) vocabulary.counts.set(key, count);
    return vocabulary;
  }

  /**
   * A new vocabulary that follows texts that changed: each pair's old keys no longer count,
   * its new ones do. This one stays as it was (a stage may still hold it).
   */
  withReplaced(changes: Iterable<{ oldKeys: Iterable<string>; newKeys: Iterable<string> }>): Vocabulary {
    const next = Vocabulary.ofCounts(this.counts);
    for (const { oldKeys, newKeys } of changes) {
      for (const key of oldKeys) if (key !== '') next.counts.set(key, (next.counts.get(key) ?? 0) - 1);
      for (const key of newKeys) if (key !== '') next.counts.set(key, (next.counts.get(key) ?? 0) + 1);
    }
    return next;
  }

  /** Every letter key with its count, in key order (to write a vocabulary to a file). */
  entries(): [string, number][] {
    return [...this.counts.keys()].sort().map((key) => [key, this.countKey(key)]);
  }

  private addWords(words: Iterable<string>): void {
    for (const word of words) {
      const key = letterKey(word);
      if (key !== '') this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
  }

  /** How many times the word occurs. */
  count(word: string): number {
    return this.countKey(letterKey(word));
  }

  /** How many times a word with this letter key (see `letterKey`) occurs. */
  countKey(key: string): number {
    return (this.counts.get(key) ?? 0) - (this.excluded.get(key) ?? 0);
  }

  /** The same vocabulary without the words of one text (the line being examined must not vouch for itself). */
  without(text: string): Vocabulary {
    const rest = Object.create(Vocabulary.prototype) as Vocabulary;
    Object.assign(rest, { counts: this.counts, excluded: ownCounts(text) });
    return rest;
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
