/**
 * Assembles a synthetic report `scale` times the size of the real one: the masthead once, then
 * `scale` copies of every unit block, renumbered consecutively across the whole report, spread
 * over up to six chapters of up to seven subsections each, with headings copied from the real
 * ones and relabelled. Every reviewed repair is copied with its copy of the lines, shifted to
 * the new line numbers, so ingest meets the same damage and the same repairs at every copy.
 */
import { toArabicIndicDigits } from '../../src/text/arabic/digits';
import type { Repair } from '../../src/ingest/repairs-schema';
import {
  chapterLabels,
  sourceRegions,
  subsectionLabels,
  type HeadingRegion,
  type SourceLine,
  type UnitBlock,
} from './source-regions';
import { substituteInLine, substituteInRepairText, type Substitution } from './substitution';

/** The generated source text and the repairs that go with it. */
export interface SyntheticReport {
  sourceText: string;
  repairs: Repair[];
  /** Counts, for the benchmark's table and for tests. */
  counts: { lines: number; chapters: number; subsections: number; recommendations: number; paragraphs: number };
}

/** One copied line: where it came from and what changed in it. */
interface PlacedLine {
  from: SourceLine;
  change?: Substitution;
}

/** Builds a report `scale` times the real one (scale ≥ 1, whole number). */
export function composeSyntheticReport(realSource: string, realRepairs: Repair[], scale: number): SyntheticReport {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number of at least 1, not ${scale}`);
  const regions = sourceRegions(realSource);
  const chapterHeadings = regions.headings.filter((heading) => heading.kind === 'chapter');
  const subsectionHeadings = regions.headings.filter((heading) => heading.kind === 'subsection');
  if (chapterHeadings.length === 0 || subsectionHeadings.length === 0) {
    throw new Error('the source needs at least one chapter and one subsection heading to copy');
  }

  // The real report has three chapters and four subsections; grow them with the report until
  // the labels ingest knows run out, then let the sections themselves grow.
  const chapterCount = Math.min(chapterLabels.length, chapterHeadings.length * scale);
  const perChapter = Math.min(subsectionLabels.length, Math.ceil((subsectionHeadings.length * scale) / chapterCount));
  const subsectionCount = chapterCount * perChapter;

  const unitBlocks: UnitBlock[] = [];
  for (let copy = 0; copy < scale; copy++) unitBlocks.push(...regions.units);

  const placed: PlacedLine[] = regions.masthead.map((from) => ({ from }));
  const counters = { recommendation: 0, paragraph: 0 };
  let nextUnit = 0;
  for (let chapter = 0; chapter < chapterCount; chapter++) {
    placed.push(...relabel(chapterHeadings[chapter % chapterHeadings.length]!, chapterLabels[chapter]!));
    for (let letter = 0; letter < perChapter; letter++) {
      const subsection = chapter * perChapter + letter;
      placed.push(...relabel(subsectionHeadings[subsection % subsectionHeadings.length]!, subsectionLabels[letter]!));
      const end = Math.floor(((subsection + 1) * unitBlocks.length) / subsectionCount);
      for (; nextUnit < end; nextUnit++) placed.push(...renumber(unitBlocks[nextUnit]!, counters));
    }
  }

  const lines = placed.map(({ from, change }) => (change ? substituteInLine(from.text, change) : from.text));
  return {
    sourceText: lines.join('\n') + '\n',
    repairs: copyRepairs(placed, lines, realRepairs),
    counts: {
      lines: lines.length,
      chapters: chapterCount,
      subsections: subsectionCount,
      recommendations: counters.recommendation,
      paragraphs: counters.paragraph,
    },
  };
}

function relabel(region: HeadingRegion, label: string): PlacedLine[] {
  const [headingLine, ...rest] = region.lines;
  return [
    { from: headingLine!, change: { kind: 'label', from: region.label, to: label } },
    ...rest.map((from) => ({ from })),
  ];
}

function renumber(block: UnitBlock, counters: { recommendation: number; paragraph: number }): PlacedLine[] {
  const number = toArabicIndicDigits(++counters[block.kind]);
  const kind = block.kind === 'recommendation' ? 'recommendation-number' : 'paragraph-number';
  return block.lines.map((from) =>
    from.number === block.numberLine ? { from, change: { kind, from: block.number, to: number } } : { from },
  );
}

/** Every real repair, once per copy of its lines, with new line numbers, expected text and text. */
function copyRepairs(placed: PlacedLine[], lines: string[], realRepairs: Repair[]): Repair[] {
  const repairByFirstLine = new Map(realRepairs.map((repair) => [repair.lines[0], repair]));
  const copies: Repair[] = [];
  placed.forEach((line, index) => {
    const repair = repairByFirstLine.get(line.from.number);
    if (!repair) return;
    const first = index + 1;
    const newLines = repair.lines.map((_, offset) => first + offset);
    const copied = placed.slice(index, index + repair.lines.length);
    if (copied.some((placedLine, offset) => placedLine.from.number !== repair.lines[offset])) {
      throw new Error(`repair "${repair.id}" spans lines that are not copied together`);
    }
    const expect = newLines.map((lineNumber) => lines[lineNumber - 1]!.trimEnd()).join('\n');
    let text = repair.text;
    for (const { change } of copied) if (change) text = substituteInRepairText(text, change);
    copies.push({
      id: `line-${first}`,
      lines: newLines as [number, ...number[]],
      expect,
      text,
      why: `${repair.why} (Synthetic copy of repair "${repair.id}".)`,
    });
  });
  return copies;
}
