/**
 * The reviewed repairs file (content/repairs.json): a reviewer's reading-order fix for source
 * lines the general passes cannot put right. Validated here, at the boundary, with messages
 * that name the file, the repair and the field.
 */
import { z } from 'zod';
import { readJsonFileWithSchema, type JsonPath, type TextLocation } from './json-with-locations';
import type { Problem } from './problems';

/** One reviewed repair of consecutive source lines. */
export const repair = z.object({
  /** A stable name for the repair, e.g. "line-17"; cited in readingOrderChanges. */
  id: z.string().min(1, 'must not be empty'),
  /** 1-based, consecutive source line numbers. */
  lines: z
    .array(z.number().int('must be whole numbers').positive('must be 1 or more'))
    .nonempty('must name at least one line')
    .refine((lines) => lines.every((line, index) => index === 0 || line === lines[index - 1]! + 1), {
      message: 'must be consecutive and ascending, e.g. [17, 18, 19]',
    }),
  /** The lines exactly as in the source, trailing white space removed, joined by "\n". */
  expect: z.string(),
  /** The same characters in reading order. */
  text: z.string().min(1, 'must not be empty'),
  /** A short reviewer note. */
  why: z.string().min(1, 'must say why the repair is needed'),
});
/** One reviewed repair, as validated. */
export type Repair = z.infer<typeof repair>;

/** The whole repairs file. */
export const repairsFile = z.object({ repairs: z.array(repair) }).strict();

/**
 * Parses the text of a repairs file; every fault becomes a problem with the line it is on (a
 * syntax error also with its column) naming the repair and the field.
 */
export function parseRepairsFile(fileText: string): { repairs: Repair[]; problems: Problem[] } {
  const read = readJsonFileWithSchema(fileText, repairsFile, 'repairs', describeIssue);
  if (!read.ok) return { repairs: [], problems: read.problems };
  return { repairs: read.value.repairs, problems: duplicateIds(read.value.repairs, read.locationOf) };
}

function describeIssue(issue: z.ZodIssue, json: unknown): string {
  const [top, index, field, ...rest] = issue.path;
  if (top === 'repairs' && typeof index === 'number') {
    const entry = (json as { repairs: unknown[] }).repairs[index] as { id?: unknown } | undefined;
    const name = typeof entry?.id === 'string' && entry.id !== '' ? `repair "${entry.id}"` : `repair #${index + 1}`;
    const fieldName = field === undefined ? '' : `, field "${[field, ...rest].join('.')}"`;
    return `${name}${fieldName}: ${issue.message}`;
  }
  const where = issue.path.length === 0 ? 'the file' : `"${issue.path.join('.')}"`;
  return `${where}: ${issue.message} (expected {"repairs": [{ "id", "lines", "expect", "text", "why" }]})`;
}

function duplicateIds(repairs: Repair[], locationOf: (path: JsonPath) => TextLocation): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  repairs.forEach(({ id }, index) => {
    if (seen.has(id)) {
      const { line } = locationOf(['repairs', index, 'id']);
      problems.push({ file: 'repairs', line, message: `repair "${id}": the id is used more than once` });
    }
    seen.add(id);
  });
  return problems;
}
