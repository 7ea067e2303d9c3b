/**
 * Reading comfort: lines of about 60–75 characters on a wide screen, generous line height for
 * Arabic marks, and the self-hosted Naskh face (swap, Arabic and Latin subsets only) actually used.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';

const baseUrl = inject('baseUrl');

const browser = chromiumForTests();

/** Characters on each full line of the document text (last lines of paragraphs left out). */
async function charactersPerLine(pagePath: string, width: number): Promise<number[]> {
  const page = await browser().newPage({ viewport: { width, height: 900 } });
  await page.goto(baseUrl + pagePath);
  await page.evaluate(() => document.fonts.ready);
  const counts = await page.evaluate(() => {
    const perLine: number[] = [];
    for (const paragraph of document.querySelectorAll('main .unit-text p')) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let index = 0; index < node.textContent!.length; index++) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const box = range.getClientRects()[0];
          if (!box) continue;
          // Characters of one line share a line box; marks and digits sit a few pixels apart.
          const line = [...lines.keys()].find((top) => Math.abs(top - box.top) < 12) ?? box.top;
          lines.set(line, (lines.get(line) ?? 0) + 1);
        }
      }
      perLine.push(...[...lines.values()].slice(0, -1));
    }
    return perLine;
  });
  await page.close();
  return counts;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('line length at 1280 px', () => {
  it.each(['/paragraphs/16/', '/sections/iii/', '/report/'])('is about 60–75 characters on %s', async (pagePath) => {
    const counts = await charactersPerLine(pagePath, 1280);
    expect(counts.length).toBeGreaterThan(5);
    expect(median(counts)).toBeGreaterThanOrEqual(60);
    expect(median(counts)).toBeLessThanOrEqual(75);
  });
});

describe('text face and leading', () => {
  it('sets the document text in the self-hosted Noto Naskh Arabic, with line height at least 1.8', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/recommendations/12/`);
    await page.evaluate(() => document.fonts.ready);
    const seen = await page.evaluate(() => {
      const paragraph = document.querySelector('main .unit-text p')!;
      const style = getComputedStyle(paragraph);
      const faces = [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule),
      );
      return {
        family: style.fontFamily,
        leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        loaded: document.fonts.check(`16px "Noto Naskh Arabic"`, 'الاتِّجار'),
        faces: faces.map((face) => ({
          family: face.style.getPropertyValue('font-family').replace(/['"]/g, ''),
          display: face.style.getPropertyValue('font-display'),
          sources: face.style.getPropertyValue('src'),
        })),
      };
    });
    expect(seen.family.startsWith('"Noto Naskh Arabic"')).toBe(true);
    expect(seen.leading).toBeGreaterThanOrEqual(1.8);
    expect(seen.loaded).toBe(true);
    // The print face (Amiri, src/styles/print.css) is declared too; the screen faces are the rest.
    const screenFaces = seen.faces.filter((face) => face.family !== 'Amiri Print');
    expect(screenFaces.length).toBeGreaterThan(0);
    for (const face of screenFaces) {
      expect(face).toMatchObject({ family: 'Noto Naskh Arabic', display: 'swap' });
      expect(face.sources).toMatch(/-(arabic|latin)-\d00-normal/);
      expect(face.sources).not.toMatch(/https?:/);
    }
    await page.close();
  });
});
