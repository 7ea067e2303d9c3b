/**
 * Words with their letter keys, split once per line per run: the reading-order passes (to tell
 * real words from pieces) and the damage checks both need them, and splitting is most of their cost.
 */
import { letterKeyKeepingSpaces } from './characters';
import type { ClassifiedLine } from './classified-line';
import type { Vocabulary } from './vocabulary';

/** A word as printed, with its key computed once. */
export interface Word {
  text: string;
  /** The word's letters without diacritics (see `letterKey`). */
  key: string;
  /** Digits on a word ("و٣") mean a number, never a cut word. */
  hasDigits: boolean;
}

const digit = /[0-9\u0660-\u0669]/u;

/** The words of a normalized text (single spaces, trimmed) with their keys. */
export function wordsWithKeys(text: string): Word[] {
  if (text === '') return [];
  const words = text.split(' ');
  // Keys only drop characters and keep the single spaces, so the line's key splits into the
  // words' keys in step: one pass over the line instead of one look-up per word.
  const keys = letterKeyKeepingSpaces(text).split(' ');
  // Most lines hold no digit at all; test words one by one only when the line does.
  const lineHasDigits = digit.test(text);
  return words.map((word, index) => ({ text: word, key: keys[index]!, hasDigits: lineHasDigits && digit.test(word) }));
}

/**
 * Remembers the words of each line object for one run; a pass that changes a line makes a new
 * object, so the cache never goes stale. (A plain Map: it lives only as long as the run, and a
 * WeakMap this size makes every garbage collection slower.)
 */
export class LineWords {
  private readonly cache = new Map<ClassifiedLine, Word[]>();

  /** The words of a line, split on first use. */
  of(line: ClassifiedLine): Word[] {
    let words = this.cache.get(line);
    if (words === undefined) {
      words = wordsWithKeys(line.text);
      this.cache.set(line, words);
    }
    return words;
  }
}

/** The keys of every word of every line. */
export function* keysOfLines(lines: Iterable<ClassifiedLine>, lineWords: LineWords): Generator<string> {
  for (const line of lines) for (const word of lineWords.of(line)) yield word.key;
}

/**
 * Brings a vocabulary of the lines before the reading-order passes up to date with the lines
 * after them: only lines a pass changed are counted again, so the whole report is split into
 * words once, not twice.
 */
export function followReadingOrderChanges(vocabulary: Vocabulary, before: ClassifiedLine[], after: ClassifiedLine[], lineWords: LineWords): void {
  before.forEach((line, index) => {
    const changed = after[index]!;
    if (changed.text === line.text) return;
    vocabulary.replace(
      lineWords.of(line).map((word) => word.key),
      lineWords.of(changed).map((word) => word.key),
    );
  });
}
