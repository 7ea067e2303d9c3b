/**
 * Words with their letter keys, split once per line per run: the reading-order passes (to tell
 * real words from pieces) and the damage checks both need them, and splitting is most of their cost.
 */
import { arabicDigitClass, letterKeyKeepingSpaces } from '../text/arabic/characters';
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

const digit = new RegExp(`[0-9${arabicDigitClass}]`, 'u');

/** A line split into words and, in step, their keys. */
interface SplitLine {
  texts: string[];
  keys: string[];
}

function splitLine(text: string): SplitLine {
  if (text === '') return { texts: [], keys: [] };
  // Keys only drop characters and keep the single spaces, so the line's key splits into the
  // words' keys in step: one pass over the line instead of one look-up per word.
  return { texts: text.split(' '), keys: letterKeyKeepingSpaces(text).split(' ') };
}

function wordsOfSplit({ texts, keys }: SplitLine): Word[] {
  // Most lines hold no digit at all; test words one by one only when the line does.
  const lineHasDigits = texts.some((word) => digit.test(word));
  return texts.map((word, index) => ({ text: word, key: keys[index]!, hasDigits: lineHasDigits && digit.test(word) }));
}

/** The words of a normalized text (single spaces, trimmed) with their keys. */
export function wordsWithKeys(text: string): Word[] {
  return wordsOfSplit(splitLine(text));
}

/**
 * Splits each line object once per run; a pass that changes a line makes a new object, so the
 * cache never goes stale. It keeps two arrays per line, not an object per word: what lives
 * through the whole run is what garbage collection keeps copying. (A plain Map: it lives only
 * as long as the run, and a WeakMap this size makes every collection slower.)
 */
export class LineWords {
  private readonly cache = new Map<ClassifiedLine, SplitLine>();

  /** The keys of a line's words, in order. */
  keysOf(line: ClassifiedLine): string[] {
    return this.split(line).keys;
  }

  /** The words of a line, made afresh from the cached split (short-lived, so cheap to collect). */
  of(line: ClassifiedLine): Word[] {
    return wordsOfSplit(this.split(line));
  }

  private split(line: ClassifiedLine): SplitLine {
    let split = this.cache.get(line);
    if (split === undefined) {
      split = splitLine(line.text);
      this.cache.set(line, split);
    }
    return split;
  }
}

/** The keys of every word of every line. */
export function* keysOfLines(lines: Iterable<ClassifiedLine>, lineWords: LineWords): Generator<string> {
  for (const line of lines) yield* lineWords.keysOf(line);
}

/**
 * The vocabulary of the lines after the reading-order passes, made from the one counted before
 * them: only lines a pass changed are counted again, so the whole report is split into words
 * once, not twice. The vocabulary given stays as it was.
 */
export function followReadingOrderChanges(vocabulary: Vocabulary, before: ClassifiedLine[], after: ClassifiedLine[], lineWords: LineWords): Vocabulary {
  const changed = before.flatMap((line, index) => {
    const changedLine = after[index]!;
    return changedLine.text === line.text ? [] : [{ oldKeys: lineWords.keysOf(line), newKeys: lineWords.keysOf(changedLine) }];
  });
  return vocabulary.withReplaced(changed);
}
