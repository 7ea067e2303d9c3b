/**
 * Stage assemble (src/ingest/stages.ts): assemble the classified, reordered lines into the
 * masthead, sections and units. Walks the lines once, like a reader: the masthead comes first, then
 * chapter and subsection headings open sections, recommendation headings and paragraph numbers open
 * units, and every other line continues what is open. Anything out of place is a problem at its
 * line.
 */
import { sectionIds, type Section, type SectionId, type Unit, type UnitKind } from '../report/schema';
import { toArabicIndicDigits } from '../text/arabic/digits';
import type { ClassifiedLine } from './classified-line';
import { unitId, unitUrl } from '../report/addresses';
import { chapterIdOf, paragraphWord, recommendationWord, subsectionLetterOf } from '../text/labels';
import type { Problem } from './problems';

/** The masthead fields, in the order they are printed. */
export interface Masthead {
  body: string;
  place: string;
  dates: string;
  title: string;
  subtitle: string;
  jobNumber: string;
}

/** The fields filled from successive masthead lines, in print order. */
const mastheadLineFields = ['body', 'place and dates', 'title', 'subtitle'] as const;
type MastheadLineField = (typeof mastheadLineFields)[number];

/** A section with the lines of its heading. */
export interface AssembledSection {
  section: Section;
  headingLines: ClassifiedLine[];
}

/** A unit with the lines it was made from. */
export interface AssembledUnit {
  unit: Unit;
  /** The recommendation heading line; paragraphs have none (their number opens the text). */
  headingLine?: ClassifiedLine;
  bodyLines: ClassifiedLine[];
}

/** Everything assembly finds, with the line each part came from. */
export interface Assembly {
  masthead: Partial<Masthead>;
  mastheadLines: Partial<Record<MastheadLineField | 'jobNumber', ClassifiedLine>>;
  sections: AssembledSection[];
  units: AssembledUnit[];
  problems: Problem[];
}

/** Builds the document tree from lines in reading order. */
export function assemble(lines: ClassifiedLine[]): Assembly {
  const assembly: Assembly = { masthead: {}, mastheadLines: {}, sections: [], units: [], problems: [] };
  const problem = (line: ClassifiedLine, message: string) => assembly.problems.push({ file: 'source', line: line.lines[0]!, message });
  let chapter: AssembledSection | undefined;
  let innermost: AssembledSection | undefined;
  let openUnit: AssembledUnit | undefined;
  // The heading a text line directly below may continue (a title printed over two lines).
  let continuableHeading: AssembledSection | undefined;

  for (const line of lines) {
    const { role } = line;
    switch (role.kind) {
      case 'blank':
        continuableHeading = undefined;
        break;
      case 'barcode':
        break;
      case 'job-number':
        if (assembly.masthead.jobNumber !== undefined) problem(line, `a second job number "${role.jobNumber}"`);
        else {
          assembly.masthead.jobNumber = role.jobNumber;
          assembly.mastheadLines.jobNumber = line;
        }
        break;
      case 'chapter-heading':
      case 'subsection-heading': {
        const missing = missingMastheadFields(assembly);
        if (missing.length > 0) problem(line, `a section heading before the masthead is complete (missing: ${missing.join(', ')})`);
        const section = openSection(line, role.kind, role.label, role.title, chapter, assembly, problem);
        openUnit = undefined;
        continuableHeading = section;
        if (section === undefined) break;
        innermost = section;
        if (role.kind === 'chapter-heading') chapter = section;
        break;
      }
      case 'unknown-heading':
        problem(line, `a heading with the label "${role.label}", which is not a chapter label ingest knows (أولاً to سادساً)`);
        openUnit = undefined;
        continuableHeading = undefined;
        break;
      case 'recommendation-heading':
      case 'paragraph-start': {
        continuableHeading = undefined;
        const kind: UnitKind = role.kind === 'recommendation-heading' ? 'recommendation' : 'paragraph';
        if (innermost === undefined) {
          problem(line, `${kind} ${role.number} comes before any chapter or subsection heading`);
          openUnit = undefined;
          break;
        }
        openUnit = openUnitAt(line, kind, role.number, innermost.section.id, assembly.units.length + 1);
        assembly.units.push(openUnit);
        break;
      }
      case 'text':
        // A title may run onto the next line; a sentence (ending in "." or ":") is not a title.
        if (continuableHeading !== undefined && !/[.:؛]$/u.test(line.text)) {
          continuableHeading.headingLines.push(line);
          continuableHeading.section.title = `${continuableHeading.section.title} ${line.text}`;
          continuableHeading.section.sourceLines.push(...line.lines);
        } else if (openUnit !== undefined) {
          openUnit.bodyLines.push(line);
          openUnit.unit.text = openUnit.unit.text === '' ? line.text : `${openUnit.unit.text} ${line.text}`;
          openUnit.unit.sourceLines.push(...line.lines);
        } else if (assembly.sections.length === 0) {
          takeMastheadLine(line, assembly, problem);
        } else {
          problem(line, 'text that belongs to no recommendation or paragraph (expected "التوصية N" or a paragraph number before it)');
        }
        break;
    }
  }

  const missing = missingMastheadFields(assembly);
  if (missing.length > 0 && assembly.sections.length === 0) {
    assembly.problems.push({ file: 'source', line: lines.at(-1)?.lines[0] ?? 1, message: `the masthead is incomplete (missing: ${missing.join(', ')}) and no section follows` });
  }
  for (const { unit, headingLine, bodyLines } of assembly.units) {
    if (unit.text === '') {
      const where = headingLine ?? bodyLines[0];
      assembly.problems.push({ file: 'source', line: where?.lines[0] ?? unit.sourceLines[0], message: `${unit.kind} ${unit.number} has no text` });
    }
  }
  return assembly;
}

function missingMastheadFields(assembly: Assembly): string[] {
  const { masthead } = assembly;
  const missing: string[] = [];
  if (masthead.jobNumber === undefined) missing.push('job number');
  for (const field of mastheadLineFields) if (assembly.mastheadLines[field] === undefined) missing.push(field);
  return missing;
}

const placeAndDates = /^([^،]+)، (.+)$/u;

function takeMastheadLine(line: ClassifiedLine, assembly: Assembly, problem: (line: ClassifiedLine, message: string) => void): void {
  const field = mastheadLineFields.find((name) => assembly.mastheadLines[name] === undefined);
  if (field === undefined) {
    problem(line, 'unexpected text after the masthead (body, place and dates, title, subtitle) and before the first chapter heading');
    return;
  }
  assembly.mastheadLines[field] = line;
  const { masthead } = assembly;
  if (field === 'body') masthead.body = line.text;
  else if (field === 'title') masthead.title = line.text;
  else if (field === 'subtitle') masthead.subtitle = line.text;
  else {
    const match = placeAndDates.exec(line.text);
    if (!match) problem(line, `expected the place and dates of the meeting, e.g. "فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩", found "${line.text}"`);
    else {
      masthead.place = match[1];
      masthead.dates = match[2];
    }
  }
}

function openSection(
  line: ClassifiedLine,
  kind: 'chapter-heading' | 'subsection-heading',
  label: string,
  title: string,
  chapter: AssembledSection | undefined,
  assembly: Assembly,
  problem: (line: ClassifiedLine, message: string) => void,
): AssembledSection | undefined {
  let id: string;
  let parent: SectionId | null = null;
  if (kind === 'chapter-heading') {
    id = chapterIdOf(label)!;
  } else {
    if (chapter === undefined) {
      problem(line, `subsection "${label}" comes before any chapter heading`);
      return undefined;
    }
    id = `${chapter.section.id}-${subsectionLetterOf(label)!}`;
    parent = chapter.section.id;
  }
  if (!isSectionId(id)) {
    problem(line, `section "${label}" would get the id "${id}", which the site does not know (known: ${sectionIds.join(', ')})`);
    return undefined;
  }
  const earlier = assembly.sections.find(({ section }) => section.id === id);
  if (earlier !== undefined) {
    problem(line, `section "${label}" (${id}) appears again (first at line ${earlier.section.sourceLines[0]})`);
    return undefined;
  }
  const opened: AssembledSection = {
    section: { id, label, title, parent, order: assembly.sections.length + 1, sourceLines: [...line.lines] as [number, ...number[]] },
    headingLines: [line],
  };
  assembly.sections.push(opened);
  return opened;
}

function isSectionId(id: string): id is SectionId {
  return (sectionIds as readonly string[]).includes(id);
}

function openUnitAt(line: ClassifiedLine, kind: UnitKind, number: number, section: SectionId, order: number): AssembledUnit {
  const digits = toArabicIndicDigits(number);
  const base = { kind, number, section, order, sourceLines: [...line.lines] as [number, ...number[]] };
  if (kind === 'recommendation') {
    return {
      unit: { ...base, id: unitId(kind, number), title: `${recommendationWord} ${digits}`, text: '', url: unitUrl(kind, number) },
      headingLine: line,
      bodyLines: [],
    };
  }
  return {
    unit: { ...base, id: unitId(kind, number), title: `${paragraphWord} ${digits}`, text: withoutPrintedNumber(line.text, digits), url: unitUrl(kind, number) },
    bodyLines: [line],
  };
}

/**
 * The printed number ("٥- ") is data, like a recommendation's heading: the unit carries it as
 * `number` and every page shows it, so the text starts with the first word. The fidelity check
 * puts it back (see `printedParagraphText`).
 */
function withoutPrintedNumber(text: string, digits: string): string {
  const printed = `${digits}- `;
  return text.startsWith(printed) ? text.slice(printed.length) : text;
}

/** A paragraph's text as printed in the report, its number first: "٥- وسلَّط …". */
export function printedParagraphText(unit: Pick<Unit, 'number' | 'text'>): string {
  return `${toArabicIndicDigits(unit.number)}- ${unit.text}`;
}
