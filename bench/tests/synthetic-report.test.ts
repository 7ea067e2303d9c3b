/**
 * The synthetic reports the build benchmark uses: copies of the real source, damage included,
 * with units renumbered consecutively and every reviewed repair shifted to its copied lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRepairsFile } from '../../src/ingest/repairs-schema';
import { composeSyntheticReport } from '../synthetic/compose';
import { sourceRegions, splitSourceLines } from '../synthetic/source-regions';

const realSource = readFileSync('content/source/V1909259-ar.txt', 'utf8');
const realRepairs = parseRepairsFile(readFileSync('content/repairs.json', 'utf8')).repairs;
const real = sourceRegions(realSource);
const digits = (n: number) => n.toString().replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);

describe('sourceRegions on the real source', () => {
  it('finds 23 recommendations (12–34) and 18 paragraphs (1–18) in document order', () => {
    const recommendations = real.units.filter((unit) => unit.kind === 'recommendation').map((unit) => unit.number);
    const paragraphs = real.units.filter((unit) => unit.kind === 'paragraph').map((unit) => unit.number);
    expect(recommendations).toEqual(Array.from({ length: 23 }, (_, i) => digits(12 + i)));
    expect(paragraphs).toEqual(Array.from({ length: 18 }, (_, i) => digits(1 + i)));
  });

  it('finds the three chapter and four subsection headings with their labels', () => {
    expect(real.headings.map((heading) => `${heading.kind}:${heading.label}`)).toEqual([
      'chapter:ثانياً',
      'subsection:ألف',
      'subsection:باء',
      'subsection:جيم',
      'chapter:ثالثاً',
      'chapter:رابعاً',
      'subsection:باء',
    ]);
  });
});

describe('composeSyntheticReport', () => {
  const scale = 10;
  const synthetic = composeSyntheticReport(realSource, realRepairs, scale);
  const lines = splitSourceLines(synthetic.sourceText);
  const regions = sourceRegions(synthetic.sourceText);

  it('numbers recommendations and paragraphs consecutively across the whole report', () => {
    const numbersOf = (kind: string) => regions.units.filter((unit) => unit.kind === kind).map((unit) => unit.number);
    expect(numbersOf('recommendation')).toEqual(Array.from({ length: 23 * scale }, (_, i) => digits(1 + i)));
    expect(numbersOf('paragraph')).toEqual(Array.from({ length: 18 * scale }, (_, i) => digits(1 + i)));
  });

  it('spreads the units over six chapters of seven subsections, labelled in order', () => {
    const chapters = regions.headings.filter((heading) => heading.kind === 'chapter').map((heading) => heading.label);
    const subsections = regions.headings.filter((heading) => heading.kind === 'subsection');
    expect(chapters).toEqual(['أولاً', 'ثانياً', 'ثالثاً', 'رابعاً', 'خامساً', 'سادساً']);
    expect(subsections).toHaveLength(42);
    expect(subsections.slice(0, 8).map((heading) => heading.label)).toEqual(['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'ألف']);
  });

  it('copies every reviewed repair once per copy, each matching its new lines exactly', () => {
    const unitLines = new Set(real.units.flatMap((unit) => unit.lines.map((line) => line.number)));
    for (const repair of realRepairs.filter((repair) => unitLines.has(repair.lines[0]))) {
      const copies = synthetic.repairs.filter((copy) => copy.why.endsWith(`repair "${repair.id}".)`));
      expect(copies, repair.id).toHaveLength(scale);
    }
    for (const repair of synthetic.repairs) {
      const found = repair.lines.map((line) => lines[line - 1]!.text.trimEnd()).join('\n');
      expect(found, repair.id).toBe(repair.expect);
      expect(repair.id).toBe(`line-${repair.lines[0]}`);
    }
  });

  it('gives a copied paragraph repair the paragraph number of its copy', () => {
    // The real repair of line 222 reads "١٤- ونظر الفريق العامل"; its tenth copy is paragraph 14 + 9 × 18.
    const copies = synthetic.repairs.filter((repair) => repair.text.includes('ونظر الفريق العامل، في جلستيه'));
    expect(copies.map((repair) => repair.text.split(' ')[0])).toEqual(
      Array.from({ length: scale }, (_, copy) => `${digits(14 + copy * 18)}-`),
    );
  });

  it('keeps the damage: copied lines are the real lines, apart from numbers and labels', () => {
    const realLines = new Set(splitSourceLines(realSource).map((line) => line.text));
    const damagedLine = 'عاملين في الخطوط  عامة، ومقدِّمي الخدمات ال يابة ال قانون، وأعضـــــــاء الن المدني، وأجهزة إنفاذ ال';
    expect(lines.filter((line) => line.text === damagedLine)).toHaveLength(scale);
    const changed = lines.filter((line) => !realLines.has(line.text));
    expect(changed.length).toBeLessThanOrEqual(41 * scale + 48);
  });

  it('refuses a scale that is not a whole number of at least 1', () => {
    expect(() => composeSyntheticReport(realSource, realRepairs, 0)).toThrow(/scale must be a whole number/);
    expect(() => composeSyntheticReport(realSource, realRepairs, 1.5)).toThrow(/scale must be a whole number/);
  });

  it('refuses a repair that no longer matches the line it will be copied from', () => {
    const wrong = realRepairs.map((repair) => (repair.id === 'line-222' ? { ...repair, text: 'نص بلا رقم' } : repair));
    expect(() => composeSyntheticReport(realSource, wrong, 2)).toThrow(/paragraph-number/);
  });
});
