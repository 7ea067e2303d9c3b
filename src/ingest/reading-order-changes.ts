/** Collects, in document order, every line whose published text differs in order from the source. */
import type { ReadingOrderChange } from '../schema/report';
import type { Assembly } from './assemble';
import type { ClassifiedLine } from './classified-line';
import { normalizeText } from './passes/normalize';
import { sectionAnchor } from '../report/addresses';

/** One readingOrderChange per pass or repair that changed a line, naming what the line belongs to. */
export function collectReadingOrderChanges(assembly: Assembly): ReadingOrderChange[] {
  const owned: { line: ClassifiedLine; belongsTo: string }[] = [];
  const own = (line: ClassifiedLine, belongsTo: string) => {
    if (line.changes.length > 0) owned.push({ line, belongsTo });
  };
  for (const line of Object.values(assembly.mastheadLines)) own(line, 'masthead');
  for (const { section, headingLines } of assembly.sections) {
    for (const line of headingLines) own(line, sectionAnchor(section.id));
  }
  for (const { unit, headingLine, bodyLines } of assembly.units) {
    if (headingLine) own(headingLine, unit.id);
    for (const line of bodyLines) own(line, unit.id);
  }
  owned.sort((a, b) => a.line.lines[0]! - b.line.lines[0]!);
  return owned.flatMap(({ line, belongsTo }) =>
    line.changes
      // A repair that only re-spaces its lines moves nothing.
      .filter((change) => change.kind === 'pass' || normalizeText(line.source) !== line.text)
      .map((change) => ({
        lines: [...line.lines] as [number, ...number[]],
        source: line.source,
        published: line.text,
        madeBy: { kind: change.kind, name: change.name },
        belongsTo,
      })),
  );
}
