/** The site's pure helpers (src/citing, src/text): previews, digits, titles, navigation, and report.json errors. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstWords } from '../../src/text/first-words';
import { toArabicIndicDigits, toWesternDigits } from '../../src/text/arabic/digits';
import { pageTitle, sectionHeading } from '../../src/text/labels';
import { parseReportJson } from '../../src/report/load-report';
import {
  chapters,
  neighbours,
  sectionTrail,
  subsectionsOf,
  unitsDirectlyIn,
  unitsByNumber,
  unitsWithin,
} from '../../src/report/navigation';
import { parseUnitNumber } from '../../src/numbers/unit-number';

const fixtures = path.join(import.meta.dirname, 'fixtures/site');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const report = parseReportJson(read('small-report.json'), 'small-report.json');

describe('firstWords', () => {
  it('keeps text that fits and cuts longer text at a word boundary with an ellipsis', () => {
    expect(firstWords('ينبغي للدول الأعضاء', 40)).toBe('ينبغي للدول الأعضاء');
    expect(firstWords('ينبغي للدول الأعضاء النظر في التشاور', 20)).toBe('ينبغي للدول الأعضاء…');
  });

  it('drops Arabic punctuation left before the ellipsis and squeezes spaces', () => {
    expect(firstWords('المنع،   ومنها المواد الإعلامية', 8)).toBe('المنع…');
  });
});

describe('toArabicIndicDigits', () => {
  it('writes Western digits as Arabic-Indic and leaves everything else', () => {
    expect(toArabicIndicDigits(34)).toBe('٣٤');
    expect(toArabicIndicDigits('9-11 2019')).toBe('٩-١١ ٢٠١٩');
  });
});

describe('toWesternDigits', () => {
  it('reads Arabic-Indic and Eastern Arabic-Indic digits as Western ones and leaves everything else', () => {
    expect(toWesternDigits('٩-١١ ٢٠١٩')).toBe('9-11 2019');
    expect(toWesternDigits('التوصية ۳۴')).toBe('التوصية 34');
    expect(toWesternDigits(toArabicIndicDigits(1234567890))).toBe('1234567890');
  });
});

describe('labels', () => {
  it('joins a section label and title', () => {
    expect(sectionHeading({ label: 'ألف', title: 'توصيات عامة' })).toBe('ألف – توصيات عامة');
  });

  it('adds the working group to a short page title and stays within 70 characters for a long one', () => {
    expect(pageTitle('التوصية ١٢', report.document)).toBe('التوصية ١٢ | الفريق العامل المعني بالاتِّجار بالأشخاص');
    const long = 'جيم – توصيات بشأن الموظفين الدبلوماسيين والقنصليين أو ضباط الاتصال في البعثات الدبلوماسية والقنصلية';
    const title = pageTitle(long, report.document);
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });
});

describe('report navigation', () => {
  it('orders chapters and units by their order fields, not by their place in the file', () => {
    expect(chapters(report).map((section) => section.id)).toEqual(['ii', 'iii']);
    expect(subsectionsOf(report, 'ii').map((section) => section.id)).toEqual(['ii-a']);
    expect(unitsDirectlyIn(report, 'ii')).toEqual([]);
    expect(unitsWithin(report, 'ii').map((unit) => unit.id)).toEqual(['recommendation-12', 'recommendation-13']);
  });

  it('finds the trail from chapter to subsection, and neighbours of the same kind only', () => {
    expect(sectionTrail(report, 'ii-a').map((section) => section.id)).toEqual(['ii', 'ii-a']);
    const [twelve, thirteen, two] = ['recommendation-12', 'recommendation-13', 'paragraph-2'].map(
      (id) => report.units.find((unit) => unit.id === id)!,
    );
    expect(neighbours(report, twelve!)).toEqual({ previous: undefined, next: thirteen });
    // Paragraph 2 follows recommendation 13 in the document, but a recommendation's next is a recommendation.
    expect(neighbours(report, thirteen!)).toEqual({ previous: twelve, next: undefined });
    expect(neighbours(report, two!)).toEqual({ previous: undefined, next: undefined });
  });

  it('lists each number with every unit that carries it, both kinds where both exist', () => {
    const numbered = unitsByNumber(report).map(({ number, units }) => [number, units.map((unit) => unit.id)]);
    expect(numbered).toEqual([
      [2, ['paragraph-2']],
      [12, ['recommendation-12']],
      [13, ['recommendation-13']],
    ]);
  });
});

describe('parseUnitNumber', () => {
  it('reads Arabic-Indic, Persian and Latin digits, alone or after a word', () => {
    expect(parseUnitNumber('٢٠')).toBe(20);
    expect(parseUnitNumber('۲۰')).toBe(20);
    expect(parseUnitNumber(' 20 ')).toBe(20);
    expect(parseUnitNumber('التوصية ١٢')).toBe(12);
    expect(parseUnitNumber('فقرة 5')).toBe(5);
    expect(parseUnitNumber('٢0')).toBe(20);
  });

  it('answers nothing for no number or two numbers', () => {
    expect(parseUnitNumber('')).toBeUndefined();
    expect(parseUnitNumber('التوصية')).toBeUndefined();
    expect(parseUnitNumber('12 13')).toBeUndefined();
  });
});

describe('parseReportJson', () => {
  it('names the file and every field that breaks the contract', () => {
    expect(() => parseReportJson(read('broken-report.json'), 'broken-report.json')).toThrowError(
      /broken-report\.json: does not match the report contract[\s\S]*document\.jobNumber: Required[\s\S]*units\.1\.url: Invalid/,
    );
  });

  it('names the file when the text is not JSON', () => {
    expect(() => parseReportJson('{ "schemaVersion": 1,', 'cut-short.json')).toThrowError(/^cut-short\.json: not valid JSON/);
  });
});
