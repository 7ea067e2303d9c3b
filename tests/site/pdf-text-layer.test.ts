/**
 * A section saved as PDF from Chromium gives its words back: pdftotext (poppler) and pdf.js read
 * each section's printout, and the words of its units must come back intact and in order,
 * diacritics aside (docs/pdf.md has the figures for each face and setting tried). The published
 * words are the served report.json's; the longest common subsequence of the two word lists counts
 * the words that came back whole and in order.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';
import { fetchReport, sectionIds } from './helpers/site-facts';
import { pdfJsText, pdfPagesText, wordsInOrder, wordsOf } from '../support/pdf-text';
import type { Report } from '../../src/schema/report';

const baseUrl = inject('baseUrl');
const browser = chromiumForTests();
let report: Report;

/**
 * What the print face (Amiri) achieves today, with a little room; docs/pdf.md says where the rest
 * is lost (marks drawn before their letter, Amiri's ر/ز + ي kerning, digits after و). The
 * goal is 98%: raise these as the text layer improves, never lower them.
 */
const pdftotextFloor = { overall: 0.92, perSection: 0.8 };
const pdfJsFloor = 0.6;

const figures: { section: string; words: number; pdftotext: number; pdfJs: number }[] = [];

beforeAll(async () => {
  report = await fetchReport(baseUrl);
});

function publishedWords(sectionId: string): string[] {
  const inside = new Set([sectionId, ...report.sections.filter((section) => section.parent === sectionId).map((section) => section.id)]);
  return report.units.filter((unit) => inside.has(unit.section)).flatMap((unit) => wordsOf(unit.text));
}

describe('a section saved as PDF from Chromium', () => {
  it.each(sectionIds)('/sections/%s/ reads back with pdftotext and pdf.js', async (sectionId) => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/sections/${sectionId}/`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.close();
    const published = publishedWords(sectionId);
    expect(published.length).toBeGreaterThan(20);
    const pdftotext = wordsInOrder(published, wordsOf(pdfPagesText(pdf).join('\n'))) / published.length;
    const pdfJs = wordsInOrder(published, wordsOf(await pdfJsText(pdf))) / published.length;
    figures.push({ section: sectionId, words: published.length, pdftotext, pdfJs });
    expect(pdftotext, `pdftotext gave back ${(pdftotext * 100).toFixed(1)}% of the words`).toBeGreaterThanOrEqual(pdftotextFloor.perSection);
  });

  it('gives back the words of all sections, in order, above the floors', () => {
    expect(figures).toHaveLength(sectionIds.length);
    const words = figures.reduce((sum, figure) => sum + figure.words, 0);
    const share = (key: 'pdftotext' | 'pdfJs') => figures.reduce((sum, figure) => sum + figure[key] * figure.words, 0) / words;
    console.info(
      [
        'PDF text layer (words intact and in order):',
        ...figures.map((figure) => `  ${figure.section}: ${figure.words} words, pdftotext ${(figure.pdftotext * 100).toFixed(1)}%, pdf.js ${(figure.pdfJs * 100).toFixed(1)}%`),
        `  all: ${words} words, pdftotext ${(share('pdftotext') * 100).toFixed(1)}%, pdf.js ${(share('pdfJs') * 100).toFixed(1)}%`,
      ].join('\n'),
    );
    expect(share('pdftotext')).toBeGreaterThanOrEqual(pdftotextFloor.overall);
    expect(share('pdfJs')).toBeGreaterThanOrEqual(pdfJsFloor);
  });
});
