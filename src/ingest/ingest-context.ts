/**
 * What every ingest stage may consult besides its one input: the parse's fixed inputs (the
 * reviewed repairs, the word list, how to name the files) and the caches that live as long as
 * one parse. Made once per parse; no stage changes what it holds. Everything a stage computes
 * (the lines, the report's vocabulary, the problems found) is its output, never the context's.
 */
import type { Repair } from './repairs-schema';
import { noWordList, type WordList } from './word-list';
import { LineWords } from './words';

export interface IngestContext {
  /** The source path relative to the repository root, recorded in report.document.source. */
  readonly sourcePath: string;
  /** How problems name the repairs file, e.g. "content/repairs.json" (undefined: "the repairs file"). */
  readonly repairsName: string | undefined;
  /** The reviewed repairs, in the order of the repairs file. */
  readonly repairs: readonly Repair[];
  /** The Arabic word list, loaded at the I/O edge; `noWordList` when only the report's own words count. */
  readonly wordList: WordList;
  /**
   * Each line split into words once per parse, shared by the reading-order passes and the
   * damage checks. Keyed by line object: a stage that changes a line makes a new one, so the
   * cache never goes stale.
   */
  readonly lineWords: LineWords;
}

/** A fresh context for one parse. */
export function createIngestContext(options: {
  sourcePath: string;
  repairsName?: string;
  repairs?: readonly Repair[];
  wordList?: WordList;
}): IngestContext {
  return {
    sourcePath: options.sourcePath,
    repairsName: options.repairsName,
    repairs: options.repairs ?? [],
    wordList: options.wordList ?? noWordList,
    lineWords: new LineWords(),
  };
}
