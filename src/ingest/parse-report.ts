/**
 * The ingest core: source text and reviewed repairs in, report tree, damage list and problems
 * out. No I/O. The stages and their order are in src/ingest/stages.ts; this makes the context
 * of one parse and runs them.
 */
import { createIngestContext } from './ingest-context';
import type { Repair } from './repairs-schema';
import { ingestStages, Stopped, type ParseResult } from './stages';
import type { WordList } from './word-list';

export type { ParseResult } from './stages';

/** What the caller tells the core about where the input came from. */
export interface ParseOptions {
  /** The source path relative to the repository root, recorded in report.document.source. */
  sourcePath: string;
  /** How problems name the repairs file, e.g. "content/repairs.json". */
  repairsName?: string;
  /** An Arabic word list (loaded at the I/O edge); without one only the report's own words count. */
  wordList?: WordList;
}

/** Parses the extracted report text, applying reviewed repairs first. */
export function parseReport(sourceText: string, repairs: Repair[], options: ParseOptions): ParseResult {
  const context = createIngestContext({ ...options, repairs });
  const outcome = ingestStages.run(sourceText, context);
  return outcome instanceof Stopped ? outcome.result : outcome;
}
