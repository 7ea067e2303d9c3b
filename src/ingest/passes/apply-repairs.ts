/**
 * Stage apply-repairs (src/ingest/stages.ts): reviewed repairs replace the lines they name with the
 * reviewer's reading-order text. The lines a repair consumes become one logical line at the first
 * line number. A repair whose `expect` no longer matches the source is fatal: the source changed
 * under the reviewer.
 */
import type { LogicalLine } from '../lines';
import type { Problem } from '../problems';
import type { Repair } from '../repairs-schema';

/** Applies every repair to the lines it names, or reports why it cannot. */
export function applyRepairs(
  lines: LogicalLine[],
  repairs: readonly Repair[],
  repairsName = 'the repairs file',
): { lines: LogicalLine[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const repairAt = new Map<number, Repair>();
  const claimedBy = new Map<number, string>();
  for (const repair of repairs) {
    const first = repair.lines[0];
    const last = repair.lines.at(-1)!;
    if (last > lines.length) {
      problems.push({
        file: 'source',
        line: first,
        message: `repair "${repair.id}" in ${repairsName} names line ${last}, but the source has only ${lines.length} lines`,
      });
      continue;
    }
    const overlap = repair.lines.find((line) => claimedBy.has(line));
    if (overlap !== undefined) {
      problems.push({
        file: 'source',
        line: overlap,
        message: `repairs "${claimedBy.get(overlap)}" and "${repair.id}" in ${repairsName} both claim line ${overlap}`,
      });
      continue;
    }
    const found = repair.lines.map((line) => lines[line - 1]!.source).join('\n');
    if (found !== repair.expect) {
      problems.push({
        file: 'source',
        line: first,
        message:
          `repair "${repair.id}" in ${repairsName} does not match source line${repair.lines.length > 1 ? `s ${first}-${last}` : ` ${first}`}\n` +
          `  expected: ${JSON.stringify(repair.expect)}\n` +
          `  found:    ${JSON.stringify(found)}`,
      });
      continue;
    }
    for (const line of repair.lines) claimedBy.set(line, repair.id);
    repairAt.set(first, repair);
  }

  const repaired: LogicalLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const repair = repairAt.get(line.lines[0]!);
    if (repair === undefined) {
      repaired.push(line);
      continue;
    }
    // The passes also read a repaired line as extracted: they need to know how it ended.
    const endsWithSpace = lines[index + repair.lines.length - 1]!.endsWithSpace;
    repaired.push({
      lines: [...repair.lines],
      source: repair.expect,
      ...(endsWithSpace ? { endsWithSpace } : {}),
      text: repair.text,
      repairId: repair.id,
      changes: [{ kind: 'reviewed-repair', name: repair.id }],
    });
    index += repair.lines.length - 1;
  }
  return { lines: repaired, problems };
}
