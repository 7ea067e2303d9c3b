/** Collects, in document order, every line whose published text differs in order from the source. */
import type { ReadingOrderChange } from '../report/schema';
import type { Assembly } from './assemble';
import { ownedLines } from './line-owners';
import { normalizeText } from './passes/normalize';
import { ownerKey } from '../report/addresses';

/** One readingOrderChange per pass or repair that changed a line, naming what the line belongs to. */
export function collectReadingOrderChanges(assembly: Assembly): ReadingOrderChange[] {
  return ownedLines(assembly).flatMap(({ line, owner }) =>
    line.changes
      // A repair that only re-spaces its lines moves nothing.
      .filter((change) => change.kind === 'pass' || normalizeText(line.source) !== line.text)
      .map((change) => ({
        lines: [...line.lines] as [number, ...number[]],
        source: line.source,
        published: line.text,
        madeBy: { kind: change.kind, name: change.name },
        belongsTo: ownerKey(owner),
        owner,
      })),
  );
}
