/** Which unit, section heading or masthead each assembled line is published as part of. */
import type { LineOwner } from '../report/schema';
import type { Assembly } from './assemble';
import type { ClassifiedLine } from './classified-line';

/** Every assembled line with its owner, in source-line order. */
export function ownedLines(assembly: Assembly): { line: ClassifiedLine; owner: LineOwner }[] {
  const owned: { line: ClassifiedLine; owner: LineOwner }[] = [];
  for (const line of Object.values(assembly.mastheadLines)) owned.push({ line, owner: { kind: 'masthead' } });
  for (const { section, headingLines } of assembly.sections) {
    for (const line of headingLines) owned.push({ line, owner: { kind: 'section', id: section.id } });
  }
  for (const { unit, headingLine, bodyLines } of assembly.units) {
    for (const line of headingLine ? [headingLine, ...bodyLines] : bodyLines) owned.push({ line, owner: { kind: 'unit', id: unit.id } });
  }
  return owned.sort((a, b) => a.line.lines[0]! - b.line.lines[0]!);
}
