/**
 * Reviewed repairs check the passes, and the passes check the repairs: a repair whose reading
 * the passes now make by themselves is no longer needed, and a repair that differs from a
 * reading a pass proves to be the only one is a contradiction a reviewer must settle. Both
 * are problems at the repair's line.
 */
import type { ClassifiedLine, LineRole } from './classified-line';
import { roleOf } from './passes/classify-lines';
import { provingPasses } from './passes/reading-order-pass';
import type { Problem } from './problems';

/** A problem for every repaired line the passes read the same, or read otherwise with proof. */
export function checkRepairsAgainstPasses(lines: ClassifiedLine[], repairsName = 'the repairs file'): Problem[] {
  const problems: Problem[] = [];
  for (const line of lines) {
    const { repairId, passReading } = line;
    if (repairId === undefined || passReading === undefined) continue;
    const madeBy = passReading.madeBy.join(', ');
    if (passReading.text === line.text || sameHeading(line.role, roleOf(passReading.text))) {
      problems.push({
        file: 'source',
        line: line.lines[0]!,
        message: `repair "${repairId}" in ${repairsName} is no longer needed: the general passes (${madeBy}) read the line the same way; remove it`,
      });
    } else if (passReading.madeBy.some((name) => provingPasses.has(name))) {
      problems.push({
        file: 'source',
        line: line.lines[0]!,
        message:
          `repair "${repairId}" in ${repairsName} contradicts the only reading the general passes (${madeBy}) find\n` +
          `  repair: ${JSON.stringify(line.text)}\n` +
          `  passes: ${JSON.stringify(passReading.text)}`,
      });
    }
  }
  return problems;
}

/**
 * A heading reads the same whether written label first ("رابعاً- تنظيم الاجتماع", as the
 * passes write it) or label last as the source does ("تنظيم الاجتماع -رابعاً", as a repair may).
 */
function sameHeading(repaired: LineRole, passed: LineRole): boolean {
  if (repaired.kind !== 'chapter-heading' && repaired.kind !== 'subsection-heading') return false;
  return passed.kind === repaired.kind && passed.label === repaired.label && passed.title === repaired.title;
}
