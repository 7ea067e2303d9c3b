/**
 * Cuts the extracted source text into the pieces a synthetic report is assembled from: the
 * masthead, heading regions (a chapter or subsection heading and its continuation lines) and unit
 * blocks (a recommendation heading or numbered paragraph start and the lines up to the next one).
 * Lines are kept exactly as received, damage included, so ingest does the same work on copies.
 */

/** Chapter labels as printed, in document order. Ingest knows these six. */
export const chapterLabels = ['أولاً', 'ثانياً', 'ثالثاً', 'رابعاً', 'خامساً', 'سادساً'] as const;

/** Subsection labels (the abjad letters) as printed, in order. Ingest knows these seven. */
export const subsectionLabels = ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي'] as const;

const recommendationWord = 'التوصية';

/** A paragraph number as the extraction leaves it: "-١٤" standing alone anywhere in the line. */
export const paragraphNumberPattern = /(?<=^|\s)-([٠-٩]+)(?=\s|$)/;

/** One source line and where it came from. */
export interface SourceLine {
  /** 1-based line number in the real source. */
  number: number;
  /** The line exactly as received (no line break). */
  text: string;
}

/** A heading and the lines up to the first unit: "(تابع)التوصيات   -ثانياً" or a two-line subsection title. */
export interface HeadingRegion {
  kind: 'chapter' | 'subsection';
  /** The label as printed in the heading line: "ثانياً", "ألف". */
  label: string;
  lines: SourceLine[];
}

/** A recommendation or numbered paragraph with every line up to the next unit or heading. */
export interface UnitBlock {
  kind: 'recommendation' | 'paragraph';
  /** The number as printed, in Arabic-Indic digits. */
  number: string;
  /** The line holding the number: the recommendation heading or the paragraph's first line. */
  numberLine: number;
  lines: SourceLine[];
}

/** The real report cut into the pieces it is made of, in document order. */
export interface SourceRegions {
  masthead: SourceLine[];
  headings: HeadingRegion[];
  units: UnitBlock[];
}

/** Splits source text into lines, dropping only the empty string after the final line break. */
export function splitSourceLines(text: string): SourceLine[] {
  const raw = text.split('\n');
  if (raw.at(-1) === '') raw.pop();
  return raw.map((line, index) => ({ number: index + 1, text: line }));
}

/** The label of a chapter or subsection heading line, or undefined for any other line. */
export function headingOf(text: string): { kind: 'chapter' | 'subsection'; label: string } | undefined {
  const match = /-\s*(\S+)\s*$/.exec(text);
  if (!match) return undefined;
  const label = match[1]!;
  if ((chapterLabels as readonly string[]).includes(label)) return { kind: 'chapter', label };
  if ((subsectionLabels as readonly string[]).includes(label)) return { kind: 'subsection', label };
  return undefined;
}

/** The number of a recommendation heading ("١٢التوصية", "١٨ية التوص"), or undefined. */
export function recommendationNumberOf(text: string): string | undefined {
  const digits = text.match(/[٠-٩]+/g);
  if (!digits || digits.length !== 1) return undefined;
  const letters = text.replace(/[\s٠-٩]/g, '');
  // The extraction may rotate the word ("ية التوص"), so any rotation counts.
  const isRotation = letters.length === recommendationWord.length && (letters + letters).includes(recommendationWord);
  return isRotation ? digits[0] : undefined;
}

/** The number of a paragraph whose first line this is ("... -٢", "X  -٦ Y"), or undefined. */
export function paragraphNumberOf(text: string): string | undefined {
  return paragraphNumberPattern.exec(text)?.[1];
}

/** Cuts the source into masthead, heading regions and unit blocks; throws naming the line if it cannot. */
export function sourceRegions(text: string): SourceRegions {
  const lines = splitSourceLines(text);
  const masthead: SourceLine[] = [];
  const headings: HeadingRegion[] = [];
  const units: UnitBlock[] = [];
  let current: SourceLine[] = masthead;
  for (const line of lines) {
    const heading = headingOf(line.text);
    const recommendation = recommendationNumberOf(line.text);
    const paragraph = recommendation === undefined ? paragraphNumberOf(line.text) : undefined;
    if (heading) {
      const region: HeadingRegion = { ...heading, lines: [line] };
      headings.push(region);
      current = region.lines;
    } else if (recommendation !== undefined || paragraph !== undefined) {
      if (headings.length === 0) throw new Error(`source line ${line.number}: a unit starts before any heading`);
      const block: UnitBlock = {
        kind: recommendation !== undefined ? 'recommendation' : 'paragraph',
        number: (recommendation ?? paragraph)!,
        numberLine: line.number,
        lines: [line],
      };
      units.push(block);
      current = block.lines;
    } else {
      current.push(line);
    }
  }
  if (units.length === 0) throw new Error('the source holds no recommendation or numbered paragraph');
  return { masthead, headings, units };
}
