/** Collects, in document order, every line whose published text differs in order from the source. */
import type { ReadingOrderChange } from '../schema/report';
import type { Assembly } from './assemble';
import type { ClassifiedLine } from './classified-line';
import { normalizeText } from './passes/normalize';

/** One readingOrderChange per pass or repair that changed a line, naming what the line belongs to. */
export function collectReadingOrderChanges(assembly: Assembly): ReadingOrderChange[] {
  const owned: { line: ClassifiedLine; belongsTo: string }[] = [];
  for (const line of Object.values(assembly.mastheadLines)) owned.push({ line, belongsTo: 'masthead' });
  for (const { section, headingLines } of assembly.sections) {
    for (const line of headingLines) owned.push({ line, belongsTo: `section-${section.id}` });
  }
  for (const { unit, headingLine, bodyLines } of assembly.units) {
    for (const line of headingLine ? [headingLine, ...bodyLines] : bodyLines) owned.push({ line, belongsTo: unit.id });
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
