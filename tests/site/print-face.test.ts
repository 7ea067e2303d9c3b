/**
 * The print face is Amiri with its marks' origins moved (scripts/fonts/print-face.py, docs/pdf.md):
 * a PDF's text then reads back, and the printed page must not change for it. Each page is printed
 * (print media) once in the shipped face and once in @fontsource's Amiri as published, and the two
 * images are compared pixel by pixel. The text is set at 25px, where the face's move of 200 units
 * is a whole 5 pixels, so a mark drawn where Amiri draws it gives the very same pixels; a mark off
 * by a hundredth of an em would not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';

const baseUrl = inject('baseUrl');
const browser = chromiumForTests();

const root = path.resolve(import.meta.dirname, '../..');
const printCss = readFileSync(path.join(root, 'src/styles/print.css'), 'utf8');
/** The characters the print face covers, as print.css declares them: the reference covers the same. */
const unicodeRange = /unicode-range:\s*([^;]+);/.exec(printCss)?.[1];

function publishedAmiri(weight: 400 | 700): string {
  const file = path.join(root, `node_modules/@fontsource/amiri/files/amiri-arabic-${weight}-normal.woff2`);
  return `@font-face { font-family: 'Amiri Reference'; font-weight: ${weight}; unicode-range: ${unicodeRange}; src: url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2'); }`;
}

/** The page as print media shows it, every element in `family` at 25px. */
async function printedImage(chromium: Browser, pagePath: string, family: string): Promise<Buffer> {
  // The reference face is injected as a style; the site's own policy rightly forbids that.
  const context = await chromium.newContext({ bypassCSP: true, viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  await page.goto(baseUrl + pagePath);
  await page.emulateMedia({ media: 'print' });
  await page.addStyleTag({
    content: `${publishedAmiri(400)} ${publishedAmiri(700)}
      html, html * { font-family: '${family}', var(--font-text) !important; font-size: 25px !important; }`,
  });
  await page.evaluate(async (face) => {
    await document.fonts.load(`25px '${face}'`, 'ب');
    await document.fonts.load(`bold 25px '${face}'`, 'ب');
    await document.fonts.ready;
  }, family);
  const image = await page.screenshot({ fullPage: true });
  await context.close();
  return image;
}

/** How two PNGs differ: decoded and compared in the browser's own canvas. */
async function difference(chromium: Browser, a: Buffer, b: Buffer) {
  const page = await chromium.newPage();
  const result = await page.evaluate(
    async ([first, second]) => {
      const pixels = async (source: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${source}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return { width: image.width, height: image.height, data: context.getImageData(0, 0, image.width, image.height).data };
      };
      const [x, y] = await Promise.all([pixels(first!), pixels(second!)]);
      let differing = 0;
      let largest = 0;
      if (x.width === y.width && x.height === y.height) {
        for (let index = 0; index < x.data.length; index += 4) {
          const delta = Math.max(...[0, 1, 2].map((channel) => Math.abs(x.data[index + channel]! - y.data[index + channel]!)));
          if (delta > 0) differing++;
          largest = Math.max(largest, delta);
        }
      }
      return { sizes: [`${x.width}×${x.height}`, `${y.width}×${y.height}`], pixels: x.width * x.height, differing, largest };
    },
    [a.toString('base64'), b.toString('base64')],
  );
  await page.close();
  return result;
}

describe('the print face', () => {
  it('declares the characters it covers, so the reference covers the same', () => {
    expect(unicodeRange).toMatch(/U\+600-6FF/);
  });

  // /report/ holds every unit's text, with all its diacritics; a unit page has the citation too.
  it.each(['/report/', '/recommendations/20/'])('prints %s exactly as the published Amiri does', async (pagePath) => {
    const shipped = await printedImage(browser(), pagePath, 'Amiri Print');
    const published = await printedImage(browser(), pagePath, 'Amiri Reference');
    const compared = await difference(browser(), shipped, published);
    expect(compared.sizes[0]).toBe(compared.sizes[1]);
    // Rounding in the rasteriser may touch a pixel's channel by a step or two, nothing more.
    expect(compared.largest, `${compared.differing} of ${compared.pixels} pixels differ`).toBeLessThanOrEqual(4);
    expect(compared.differing).toBeLessThan(compared.pixels / 10_000);
  }, 60_000);

  it('is told apart from another face by the same comparison', async () => {
    // The comparison can fail: the screen face's letters are not Amiri's.
    const shipped = await printedImage(browser(), '/recommendations/20/', 'Amiri Print');
    const other = await printedImage(browser(), '/recommendations/20/', 'Noto Naskh Arabic');
    const compared = await difference(browser(), shipped, other);
    expect(compared.differing).toBeGreaterThan(compared.pixels / 1_000);
  }, 60_000);
});
