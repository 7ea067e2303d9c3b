/**
 * Stage check-units (src/ingest/stages.ts), the fidelity invariant: reordering may move characters
 * but never add, drop or change one. Each published unit and heading must hold exactly the
 * characters of the source lines it came from (white space and tatweel aside; a bracket and its
 * mirror count as one).
 */
import { CharacterBalance } from '../text/arabic/characters';
import { printedParagraphText, type Assembly } from './assemble';
import type { ClassifiedLine } from './classified-line';
import { headingText } from './passes/heading-text';
import type { Problem } from './problems';

/** One published text and the source lines it must be a rearrangement of. */
interface FidelityCheck {
  what: string;
  published: string;
  lines: ClassifiedLine[];
}

/** Checks every unit, heading and masthead line; each violation is a problem at its first line. */
export function checkFidelity(assembly: Assembly): Problem[] {
  const checks: FidelityCheck[] = [];
  const { masthead, mastheadLines } = assembly;
  for (const [what, published, line] of [
    ['the masthead body', masthead.body, mastheadLines.body],
    ['the masthead place and dates', masthead.place === undefined ? undefined : `${masthead.place}، ${masthead.dates}`, mastheadLines['place and dates']],
    ['the masthead title', masthead.title, mastheadLines.title],
    ['the masthead subtitle', masthead.subtitle, mastheadLines.subtitle],
  ] as const) {
    if (published !== undefined && line !== undefined) checks.push({ what, published, lines: [line] });
  }
  for (const { section, headingLines } of assembly.sections) {
    checks.push({ what: `the heading of section ${section.id}`, published: headingText(section.label, section.title), lines: headingLines });
  }
  for (const { unit, headingLine, bodyLines } of assembly.units) {
    if (headingLine) checks.push({ what: `the heading of ${unit.id}`, published: unit.title, lines: [headingLine] });
    const published = unit.kind === 'paragraph' ? printedParagraphText(unit) : unit.text;
    checks.push({ what: `the text of ${unit.id}`, published, lines: bodyLines });
  }
  const balance = new CharacterBalance();
  return checks.flatMap((check) => checkOne(check, balance));
}

function checkOne({ what, published, lines }: FidelityCheck, balance: CharacterBalance): Problem[] {
  for (const line of lines) balance.count(line.source, 1);
  balance.count(published, -1);
  const difference = describeDifference(balance.drain());
  if (difference === '') return [];
  return [{ file: 'source', line: lines[0]?.lines[0] ?? 1, message: `${what} does not hold the same characters as its source lines (${difference})` }];
}

/** A readable account of a character balance (source minus published), or '' when nothing is left. */
export function describeDifference(balance: Map<number, number>): string {
  const lost: string[] = [];
  const gained: string[] = [];
  for (const [code, count] of balance) {
    const shown = `"${String.fromCharCode(code)}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    if (count > 0) lost.push(`${shown} x${count}`);
    else gained.push(`${shown} x${-count}`);
  }
  const parts = [];
  if (lost.length > 0) parts.push(`missing: ${lost.join(', ')}`);
  if (gained.length > 0) parts.push(`added: ${gained.join(', ')}`);
  return parts.join('; ');
}
