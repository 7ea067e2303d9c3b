/**
 * Printouts as PDF, read back with pdftotext page by page: every page of a printed section carries
 * the document's name and "صفحة ١ من ٣" in its margins; a subsection's printout names its
 * chapter above its own heading; a unit page prints with its citation at the end.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';
import { fetchReport, sectionIds } from './helpers/site-facts';
import { pdfPagesText, squeezedOut } from '../support/pdf-text';
import { toArabicIndicDigits } from '../../src/text/arabic/digits';
import type { Report } from '../../src/report/schema';

const baseUrl = inject('baseUrl');
const browser = chromiumForTests();
let report: Report;

beforeAll(async () => {
  report = await fetchReport(baseUrl);
});

async function printed(pagePath: string): Promise<string[]> {
  const page = await browser().newPage();
  await page.goto(baseUrl + pagePath);
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.close();
  return pdfPagesText(pdf);
}

describe('printed sections', () => {
  it.each(sectionIds)('/sections/%s/ carries the document name and its page number on every page', async (sectionId) => {
    const pages = await printed(`/sections/${sectionId}/`);
    const { document } = report;
    const name = squeezedOut(`${document.body}: ${document.title} – ${document.subtitle}`);
    pages.forEach((text, index) => {
      const page = squeezedOut(text);
      expect(page, `page ${index + 1}`).toContain(name);
      expect(page, `page ${index + 1}`).toContain(squeezedOut(`صفحة ${toArabicIndicDigits(index + 1)} من ${toArabicIndicDigits(pages.length)}`));
    });
    if (sectionId === 'iii') expect(pages.length).toBeGreaterThan(1);
  });

  it.each(sectionIds.filter((id) => id.includes('-')))('/sections/%s/ names its chapter above its own heading', async (sectionId) => {
    const [first] = await printed(`/sections/${sectionId}/`);
    const section = report.sections.find((candidate) => candidate.id === sectionId)!;
    const chapter = report.sections.find((candidate) => candidate.id === section.parent)!;
    const text = squeezedOut(first!);
    const chapterAt = text.indexOf(squeezedOut(`${chapter.label} – ${chapter.title}`));
    const sectionAt = text.indexOf(squeezedOut(section.title));
    expect(chapterAt).toBeGreaterThanOrEqual(0);
    expect(sectionAt).toBeGreaterThan(chapterAt);
  });
});

describe('printed unit pages', () => {
  it('end with the citation, after the text', async () => {
    const unit = report.units.find((candidate) => candidate.id === 'paragraph-6')!;
    const pages = await printed(unit.url);
    const text = squeezedOut(pages.join('\n'));
    const textAt = text.indexOf(squeezedOut(unit.text).slice(-30));
    // The citation opens with the issuing body; the margin header before it names it too, so the last one is the citation's.
    const citationAt = text.lastIndexOf(squeezedOut(`${report.document.body}، ${report.document.title}`));
    expect(textAt).toBeGreaterThan(0);
    expect(citationAt).toBeGreaterThan(textAt);
    expect(text.slice(citationAt)).toContain(squeezedOut(report.document.jobNumber));
    expect(text.slice(citationAt)).toContain(squeezedOut(`${baseUrl}${unit.url}`));
    expect(text.slice(citationAt)).toContain(squeezedOut('تاريخ الاطلاع'));
  });

  it('each offer a print button', async () => {
    for (const unit of report.units) {
      const html = await (await fetch(baseUrl + unit.url)).text();
      const label = unit.kind === 'recommendation' ? 'اطبع هذه التوصية' : 'اطبع هذه الفقرة';
      expect(html, unit.url).toMatch(new RegExp(`<button type="button" class="print-button"[^>]*>${label}</button>`));
    }
    // And the button prints: it calls the browser's print dialog.
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/recommendations/20/`);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'اطبع هذه التوصية' }).click();
    await expect.poll(() => page.locator('body[data-printed]').count()).toBe(1);
    await page.close();
  });
});
