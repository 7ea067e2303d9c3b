/**
 * Problems are collected, not thrown, so a maintainer sees every fault in the input at once,
 * each pointing at the file and line it came from (`path:line: what is wrong`).
 */
import { withVisibleControls } from './forbidden-characters';

/** Which input a problem is in: the extracted source text, the reviewed repairs file or the accepted damage findings. */
export type ProblemFile = 'source' | 'repairs' | 'accepted-findings';

/** One fault in the input that stops ingest. */
export interface Problem {
  file: ProblemFile;
  /** 1-based line in that file, when the fault has one. */
  line?: number;
  /** 1-based column on that line, when the fault is at one character (a JSON syntax error). */
  column?: number;
  message: string;
}

/**
 * Formats a problem the way compilers do, so editors and terminals can jump to it. Messages may
 * quote input; control and bidirectional characters in them are written as <U+XXXX>.
 */
export function formatProblem(problem: Problem, fileNames: Record<ProblemFile, string>): string {
  const position = [problem.line, problem.line === undefined ? undefined : problem.column].filter((part) => part !== undefined);
  return withVisibleControls([fileNames[problem.file], ...position].join(':') + `: ${problem.message}`);
}
