/**
 * Which unit numbers the report's contents list on a page (src/report/navigation.ts): every
 * section's in a report of up to a few hundred units, only the page's own section's past that.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../src/report/load-report';
import { contentsListEveryUnitUpTo, contentsListUnitsOf } from '../../src/report/navigation';

const report = parseReportJson(readFileSync(path.join(import.meta.dirname, 'fixtures/site/small-report.json'), 'utf8'), 'small-report.json');
const sectionIds = report.sections.map((section) => section.id);
/** The same report grown one unit past the limit (copies of its units: only their count matters here). */
const longReport = {
  ...report,
  units: Array.from({ length: contentsListEveryUnitUpTo + 1 }, (_, index) => report.units[index % report.units.length]!),
};

describe('contentsListUnitsOf', () => {
  it('lists every section’s numbers on every page of a report within the limit', () => {
    expect(sectionIds.length).toBeGreaterThan(1);
    for (const sectionId of sectionIds) {
      expect(contentsListUnitsOf(report, sectionId, undefined)).toBe(true);
      expect(contentsListUnitsOf(report, sectionId, sectionIds.find((other) => other !== sectionId))).toBe(true);
    }
  });

  it('lists only the page’s own section’s numbers past the limit, and none on a page outside the sections', () => {
    const [own, other] = sectionIds as [string, string];
    expect(contentsListUnitsOf(longReport, own, own)).toBe(true);
    expect(contentsListUnitsOf(longReport, other, own)).toBe(false);
    expect(contentsListUnitsOf(longReport, own, undefined)).toBe(false);
  });
});
