/**
 * The site in a second engine, Firefox ESR over WebDriver BiDi: right-to-left layout with the
 * contents on the right, the breadcrumb separator pointing the way a right-to-left reader goes
 * (and the same in Chromium), the Arabic faces and the Latin ones by their unicode-range, the
 * phone header, search (its matched words readable in the dark theme), and a printout without the page's chrome.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { firefoxForTests, resize } from './helpers/firefox';
import { chromiumForTests } from './helpers/chromium';
import { chevronDirection } from './helpers/chevron';
import { findLowContrastText } from './helpers/text-contrast';

const baseUrl = inject('baseUrl');

/** Screenshots of each breadcrumb separator: the part of a step's box its link does not cover. */
async function separatorClips(page: {
  evaluate: FirefoxPage['evaluate'];
}): Promise<{ x: number; y: number; width: number; height: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.breadcrumb li:not(:last-child)')].map((step) => {
      const box = step.getBoundingClientRect();
      const link = step.querySelector('a')!.getBoundingClientRect();
      return { x: box.left, y: box.top, width: link.left - box.left, height: box.height };
    }),
  );
}

describe('Firefox ESR', () => {
  const firefox = firefoxForTests();

  async function open(pagePath: string, width = 1440, height = 900): Promise<FirefoxPage> {
    const page = await firefox().newPage();
    await resize(page, width, height);
    await page.goto(baseUrl + pagePath);
    await page.evaluate(() => document.fonts.ready);
    return page;
  }

  it('lays the page out right to left, the contents on the right of the text', async () => {
    const page = await open('/recommendations/20/');
    const seen = await page.evaluate(() => ({
      direction: getComputedStyle(document.body).direction,
      contentsLeft: document.querySelector('.report-nav-body')!.getBoundingClientRect().left,
      mainRight: document.querySelector('main')!.getBoundingClientRect().right,
      current: document.querySelector('.nav-units a[aria-current="page"]')?.getAttribute('href'),
      headingRight: document.querySelector('h1')!.getBoundingClientRect().right,
      textRight: document.querySelector('main .unit-text')!.getBoundingClientRect().right,
    }));
    expect(seen.direction).toBe('rtl');
    expect(seen.contentsLeft).toBeGreaterThanOrEqual(seen.mainRight);
    expect(seen.current).toBe('/recommendations/20/');
    // The heading and the text start at the same right edge.
    expect(Math.abs(seen.headingRight - seen.textRight)).toBeLessThan(2);
    await page.close();
  });

  it('draws every breadcrumb separator pointing left, toward the next step', async () => {
    const page = await open('/recommendations/20/');
    const clips = await separatorClips(page);
    expect(clips.length).toBe(3);
    // The pixels are read in a blank page: the site's Content-Security-Policy refuses data: images.
    const reader = await firefox().newPage();
    for (const clip of clips) {
      const png = (await page.screenshot({ clip, encoding: 'base64' })) as string;
      expect(await reader.evaluate(chevronDirection, png)).toBe('left');
    }
    await reader.close();
    await page.close();
  });

  it('sets the text in Noto Naskh Arabic, Latin only where there is Latin, bold Latin not loaded for Arabic headings', async () => {
    const page = await open('/recommendations/20/');
    const faces = await page.evaluate(() =>
      [...document.fonts].map((face) => ({ family: face.family, weight: face.weight, range: face.unicodeRange, status: face.status })),
    );
    // The screen face only: the print face (Amiri) is declared too, and loads only for printing.
    const screenFaces = faces.filter((face) => face.family.includes('Noto Naskh Arabic'));
    const arabic = screenFaces.filter((face) => face.range.includes('U+600-6FF'));
    const latin = screenFaces.filter((face) => /U\+0?0?30-0?0?39|U\+0-FF|U\+0000-00FF/i.test(face.range));
    expect(arabic.map((face) => `${face.weight} ${face.status}`).sort()).toEqual(['400 loaded', '700 loaded']);
    // Every face claims a range: none stands for every character.
    for (const face of faces) expect(face.range).not.toMatch(/^U\+0-10FFFF$/i);
    expect(latin.find((face) => face.weight === '400')?.status).toBe('loaded');
    expect(latin.find((face) => face.weight === '700')?.status).toBe('unloaded');
    expect(await page.evaluate(() => document.fonts.check('700 20px "Noto Naskh Arabic"', 'التوصية'))).toBe(true);
    await page.close();
  });

  it('keeps the phone header under 15% of an 844 px screen, with the search box in it', async () => {
    const page = await open('/recommendations/20/', 390, 844);
    const seen = await page.evaluate(() => ({
      header: document.querySelector('body > header')!.getBoundingClientRect().height,
      search: document.querySelector('.site-search input')!.getBoundingClientRect().width,
      breadcrumbLines: new Set([...document.querySelectorAll('.breadcrumb li')].map((step) => Math.round(step.getBoundingClientRect().top))).size,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(seen.header).toBeLessThanOrEqual(126);
    expect(seen.search).toBeGreaterThan(100);
    expect(seen.breadcrumbLines).toBe(1);
    expect(seen.overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('finds a word with the search page', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('النمسا')}`);
    await page.waitForSelector('.search-results a[href="/paragraphs/16/"]', { timeout: 60_000 });
    await page.close();
  });

  it('shows the words a search matched readable in the dark theme the reader chose', async () => {
    const page = await open('/search/');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    try {
      await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('التقارير')}`);
      await page.waitForSelector('.search-result-excerpt mark', { timeout: 60_000 });
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
      expect(await page.evaluate(findLowContrastText)).toEqual([]);
    } finally {
      // The other tests share this browser, and expect the system's light theme.
      await page.evaluate(() => localStorage.removeItem('theme'));
      await page.close();
    }
  });

  it('prints the text without the contents, the header or the pager', async () => {
    const page = await open('/recommendations/20/');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await page.close();
    const folder = await mkdtemp(path.join(tmpdir(), 'firefox-print-'));
    try {
      const file = path.join(folder, 'page.pdf');
      await writeFile(file, pdf);
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
      // Firefox's PDF maps a few punctuation glyphs of the face to no character; the digits survive.
      expect(text).toContain('19-09259');
      expect(text).toMatch(/recommendations.20/);
      expect(text).toContain('٢٠');
      for (const chrome of ['انتقل إلى رقم', 'فهرس التقرير', 'الوضع الداكن', 'التوصية التالية']) expect(text).not.toContain(chrome);
      // The contents beside the text hold 41 unit numbers (about 70 Arabic-Indic digits); the
      // printed unit, its date, its number and its citation (with the date of access) hold two dozen.
      expect(text.match(/[٠-٩]/g)?.length ?? 0).toBeLessThan(35);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('Chromium', () => {
  const chromium = chromiumForTests();

  it('draws every breadcrumb separator pointing left as well', async () => {
    const page = await chromium().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/recommendations/20/`);
    await page.evaluate(() => document.fonts.ready);
    const clips = await separatorClips(page as unknown as { evaluate: FirefoxPage['evaluate'] });
    expect(clips.length).toBe(3);
    // The pixels are read in a blank page: the site's Content-Security-Policy refuses data: images.
    const reader = await chromium().newPage();
    for (const clip of clips) {
      const png = (await page.screenshot({ clip })).toString('base64');
      expect(await reader.evaluate(chevronDirection, png)).toBe('left');
    }
    await reader.close();
    await page.close();
  });
});
