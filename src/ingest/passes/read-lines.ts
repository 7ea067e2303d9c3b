/** Stage read-lines (src/ingest/stages.ts): cut the source into lines, each remembering its 1-based line number. */
import type { LogicalLine } from '../lines';
import { forbiddenCharacterProblems } from '../forbidden-characters';
import type { Problem } from '../problems';

/** Splits the source text into logical lines (one per source line), or reports an empty file or characters that are not text. */
export function readLines(sourceText: string): { lines: LogicalLine[]; problems: Problem[] } {
  if (sourceText.trim() === '') {
    return { lines: [], problems: [{ file: 'source', line: 1, message: 'the file is empty: there is no report to read' }] };
  }
  const rawLines = sourceText.split(/\r?\n/);
  // A final newline ends the last line; it does not start another one.
  if (rawLines.at(-1) === '') rawLines.pop();
  // Control and bidirectional formatting characters stop ingest here, before any pass or
  // message could carry them further.
  const forbidden = forbiddenCharacterProblems(rawLines, 'source');
  if (forbidden.length > 0) return { lines: [], problems: forbidden };
  const lines = rawLines.map((raw, index): LogicalLine => {
    const source = raw.trimEnd();
    return { lines: [index + 1], source, ...(source.length < raw.length ? { endsWithSpace: true as const } : {}), text: source, changes: [] };
  });
  return { lines, problems: [] };
}
