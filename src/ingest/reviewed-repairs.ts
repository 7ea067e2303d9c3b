/**
 * The reviewed repairs as the published tree carries them: each with its reason and the unit,
 * section heading or masthead its lines are published in, so the site's editorial notes need
 * nothing but report.json (also for a repair that changed only spacing, which no
 * readingOrderChange cites).
 */
import type { LineOwner, ReviewedRepair } from '../report/schema';
import type { Assembly } from './assemble';
import { ownedLines } from './line-owners';
import type { Repair } from './repairs-schema';

/** Every reviewed repair, in the order of content/repairs.json, with its owner. */
export function reviewedRepairsOf(repairs: readonly Repair[], assembly: Assembly): ReviewedRepair[] {
  const ownerOfLine = new Map<number, LineOwner>();
  for (const { line, owner } of ownedLines(assembly)) for (const number of line.lines) ownerOfLine.set(number, owner);
  return repairs.map((repair) => ({
    id: repair.id,
    lines: [...repair.lines],
    source: repair.expect,
    published: repair.text,
    why: repair.why,
    // A repair's lines are assembled into one logical line, so its first line names the owner.
    owner: ownerOfLine.get(repair.lines[0]) ?? { kind: 'masthead' },
  }));
}
