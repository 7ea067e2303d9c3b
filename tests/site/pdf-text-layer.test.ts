/**
 * A section saved as PDF from Chromium gives its words back: pdftotext (poppler) and pdf.js read
 * each section's printout, and the words of its units must come back intact and in order,
 * diacritics aside (docs/pdf.md has the figures for each face and setting tried). The published
 * words are the served report.json's; the longest common subsequence of the two word lists counts
 * the words that came back whole and in order. pdf.js's text is its items joined in the order it
 * gives them, as its viewer's text layer hands them to a reader who copies.
 *
 * The same is measured for a PDF saved from Firefox ESR, whose text today comes back as
 * replacement characters wherever a letter took a joining form (docs/pdf.md says why).
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';
import { firefoxForTests, firefoxPath } from './helpers/firefox';
import { fetchReport, sectionIds } from './helpers/site-facts';
import { pdfJsText, pdfPagesText, wordsInOrder, wordsOf } from '../support/pdf-text';
import type { Report } from '../../src/report/schema';

const baseUrl = inject('baseUrl');
const browser = chromiumForTests();
let report: Report;

/**
 * What the print face (Amiri Print: Amiri unkerned, its marks' origins moved to their letter's
 * start) achieves today, with a little room; overall it meets the goal of 98%. docs/pdf.md says
 * what is still lost (a digit's space put on its other side by poppler's bidi, pdf.js's pieces of
 * a line in drawing order). Raise these as the text layer improves, never lower them.
 */
const pdftotextFloor = { overall: 0.98, perSection: 0.92 };
const pdfJsFloor = 0.69;

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
    // Tagged, as Chrome's own "Save as PDF" writes it.
    const pdf = await page.pdf({ preferCSSPageSize: true, tagged: true });
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

/**
 * Firefox writes a PDF's ToUnicode from the font's character map alone: a glyph that shaping put
 * on the page (every joining form, lam-alef, Amiri's contextual forms, Noto's Latin period and
 * colon) has no character there and comes back as U+FFFD. No face for Arabic avoids that, so these
 * floors are today's figures, a guard against losing more; the last test flips to failing when
 * Firefox gives the words back, and then the floors go up.
 */
const firefoxPages = ['/sections/ii-c/', '/recommendations/20/'];
/** pdf.js gets no word back whole today (its figure is logged); pdftotext a few; U+FFFD at most this share of the characters of a page. */
const firefoxFloor = { pdftotext: 0.03, replacedAtMost: 0.75 };
const firefoxFigures: { page: string; words: number; pdftotext: number; pdfJs: number; replaced: number }[] = [];

const firefoxInstalled = existsSync(firefoxPath);

describe.skipIf(!firefoxInstalled)(
  firefoxInstalled
    ? 'a page saved as PDF from Firefox ESR'
    : `a page saved as PDF from Firefox ESR: skipped, no Firefox at ${firefoxPath} (apt-get install firefox-esr, as .ci/run does, or set FIREFOX_PATH)`,
  () => {
    const firefox = firefoxForTests();

    function publishedWordsOf(pagePath: string): string[] {
      const unit = report.units.find((candidate) => candidate.url === pagePath);
      return unit ? wordsOf(unit.text) : publishedWords(pagePath.split('/')[2]!);
    }

    it.each(firefoxPages)('%s prints and reads back', async (pagePath) => {
      const page = await firefox().newPage();
      await page.goto(baseUrl + pagePath);
      await page.evaluate(() => document.fonts.ready);
      const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true }));
      await page.close();
      const text = pdfPagesText(pdf).join('\n');
      const published = publishedWordsOf(pagePath);
      expect(published.length).toBeGreaterThan(10);
      // The printout is there and holds the page's text: the Arabic-Indic digits of its unit numbers come back.
      expect(text).toMatch(/[\u0660-\u0669]{2}/);
      const letters = text.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '').length;
      firefoxFigures.push({
        page: pagePath,
        words: published.length,
        pdftotext: wordsInOrder(published, wordsOf(text)) / published.length,
        pdfJs: wordsInOrder(published, wordsOf(await pdfJsText(pdf))) / published.length,
        replaced: (text.match(/\ufffd/g) ?? []).length / letters,
      });
    }, 60_000);

    it('gives back no fewer words, and no more U+FFFD, than today', () => {
      expect(firefoxFigures).toHaveLength(firefoxPages.length);
      console.info(
        [
          'Firefox PDF text layer (words intact and in order; share of characters that are U+FFFD):',
          ...firefoxFigures.map(
            (figure) =>
              `  ${figure.page}: ${figure.words} words, pdftotext ${(figure.pdftotext * 100).toFixed(1)}%, pdf.js ${(figure.pdfJs * 100).toFixed(1)}%, U+FFFD ${(figure.replaced * 100).toFixed(1)}%`,
          ),
        ].join('\n'),
      );
      const words = firefoxFigures.reduce((sum, figure) => sum + figure.words, 0);
      const share = (key: 'pdftotext' | 'pdfJs') => firefoxFigures.reduce((sum, figure) => sum + figure[key] * figure.words, 0) / words;
      expect(share('pdftotext')).toBeGreaterThanOrEqual(firefoxFloor.pdftotext);
      for (const figure of firefoxFigures) expect(figure.replaced, figure.page).toBeLessThanOrEqual(firefoxFloor.replacedAtMost);
    });

    // Known: fails today (U+FFFD for shaped glyphs). When it passes, Firefox reads back: remove `.fails`, raise the floors.
    it.fails('gives back the published words (goal 98%)', () => {
      for (const figure of firefoxFigures) expect(figure.pdftotext, figure.page).toBeGreaterThanOrEqual(0.98);
    });
  },
);
