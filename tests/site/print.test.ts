/**
 * Printing: with print media, a section page shows its heading, every one of its units and the
 * document name with the page's URL, and none of the chrome (header, navigation, search, buttons,
 * footer). Units avoid page breaks inside them; the paper is A4.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';
import { fetchReport, sectionIds } from './helpers/site-facts';
import type { Report } from '../../src/report/schema';

const baseUrl = inject('baseUrl');

const browser = chromiumForTests();
let report: Report;

beforeAll(async () => {
  report = await fetchReport(baseUrl);
});
/** Ids of the units a section page must print: its own and its subsections'. */
function unitIdsWithin(sectionId: string): string[] {
  const inside = new Set([sectionId, ...report.sections.filter((section) => section.parent === sectionId).map((section) => section.id)]);
  return report.units.filter((unit) => inside.has(unit.section)).map((unit) => unit.id);
}

describe.each(sectionIds)('/sections/%s/ in print', (sectionId) => {
  it('shows every unit, the document name and the URL, and hides all chrome', async () => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}/sections/${sectionId}/`);
    const printed = await page.evaluate(() => {
      const shown = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      const chrome = [...document.querySelectorAll('body > header, body > footer, nav, form, button, .skip-link, .pager')];
      return {
        visibleChrome: chrome.filter(shown).map((element) => element.outerHTML.slice(0, 80)),
        chromeCount: chrome.length,
        visibleUnits: [...document.querySelectorAll('article.unit')].filter(shown).map((article) => article.id),
        unitBreakInside: [...new Set([...document.querySelectorAll('article.unit')].map((article) => getComputedStyle(article).breakInside))],
        source: [...document.querySelectorAll('.print-source')].filter(shown).map((element) => (element as HTMLElement).innerText),
        h1: document.querySelector('h1') && shown(document.querySelector('h1')!) ? document.querySelector('h1')!.textContent : null,
      };
    });
    expect(printed.chromeCount).toBeGreaterThan(3);
    expect(printed.visibleChrome).toEqual([]);
    expect(printed.visibleUnits).toEqual(unitIdsWithin(sectionId));
    expect(printed.visibleUnits.length).toBeGreaterThan(0);
    expect(printed.unitBreakInside).toEqual(['avoid']);
    const section = report.sections.find((candidate) => candidate.id === sectionId)!;
    expect(printed.h1).toContain(section.title);
    expect(printed.source).toHaveLength(1);
    expect(printed.source[0]).toContain(report.document.body);
    expect(printed.source[0]).toContain(report.document.jobNumber);
    // The page's address on the host it was printed from (no origin is configured in this build).
    expect(printed.source[0]).toContain(`${baseUrl}/sections/${sectionId}/`);
    await page.close();
  });
});

describe('a unit page in print', () => {
  it('shows the document name and URL, the heading, the text and its citation last, and nothing else', async () => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}/recommendations/12/`);
    const printed = await page.evaluate(() => {
      const blocks: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        const box = element.getBoundingClientRect();
        if (!node.textContent!.trim() || box.width === 0 || box.height === 0) continue;
        const block = element.closest('.print-source, h1, .unit-text, .citation');
        blocks.push(block ? block.className || block.tagName : `stray: ${node.textContent!.trim().slice(0, 40)}`);
      }
      return [...new Set(blocks)];
    });
    expect(printed).toEqual(['print-only print-source', 'H1', 'unit-text', 'citation']);
    await page.close();
  });
});

describe('section pages on screen', () => {
  it('offer a "print this section" button with JavaScript and hide the printout header', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/sections/ii-a/`);
    const button = page.getByRole('button', { name: 'اطبع هذا القسم' });
    expect(await button.isVisible()).toBe(true);
    expect(await page.locator('.print-source').isVisible()).toBe(false);
    await page.close();
  });

  it('do not show a dead print button without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sections/ii-a/`);
    expect(await page.locator('button.print-button').isVisible()).toBe(false);
    expect(await page.locator('article.unit').count()).toBe(unitIdsWithin('ii-a').length);
    await context.close();
  });
});

describe('paper', () => {
  it('is A4 on every page of the longest section', async () => {
    const page = await browser().newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl}/sections/iii/`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const mediaBoxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => [
      Math.round(Number(match[1])),
      Math.round(Number(match[2])),
    ]);
    expect(mediaBoxes.length).toBeGreaterThan(1);
    // A4 is 210 × 297 mm = 595 × 842 PostScript points.
    for (const box of mediaBoxes) expect(box).toEqual([595, 842]);
    await page.close();
  });
});
