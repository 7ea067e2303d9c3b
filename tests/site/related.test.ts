/**
 * Related passages on the built unit pages, in Chromium: the pairs the issue names are shown,
 * no page links to itself, to its own kind or to more than three units; the copy button copies
 * the unit's plain text.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumForTests } from './helpers/chromium';
import { fetchReport } from './helpers/site-facts';
import type { Report } from '../../src/report/schema';

const baseUrl = inject('baseUrl');

const browser = chromiumForTests();
let context: BrowserContext;
let page: Page;
let report: Report;

beforeAll(async () => {
  report = await fetchReport(baseUrl);
  context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  page = await context.newPage();
});

// The built HTML parsed by Chromium's own parser; loading 41 pages with their scripts and fonts
// would only slow the test down without changing which links are in the markup.
async function relatedLinks(url: string): Promise<string[]> {
  const html = await (await fetch(`${baseUrl}${url}`)).text();
  return page.evaluate((markup) => {
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    return [...parsed.querySelectorAll('section.related a')].map((link) => link.getAttribute('href')!);
  }, html);
}

describe('related passages', () => {
  it('show paragraph 4 on recommendation 16 and the reverse (joint investigation teams)', async () => {
    expect(await relatedLinks('/recommendations/16/')).toContain('/paragraphs/4/');
    expect(await relatedLinks('/paragraphs/4/')).toContain('/recommendations/16/');
  });

  it('show paragraph 17 on recommendation 33 and the reverse (training before work abroad)', async () => {
    expect(await relatedLinks('/recommendations/33/')).toContain('/paragraphs/17/');
    expect(await relatedLinks('/paragraphs/17/')).toContain('/recommendations/33/');
  });

  it('never link a page to itself, to its own kind, or to more than three units', async () => {
    let pagesWithLinks = 0;
    for (const unit of report.units) {
      const links = await relatedLinks(unit.url);
      if (links.length > 0) pagesWithLinks += 1;
      expect(links.length, unit.id).toBeLessThanOrEqual(3);
      expect(links, unit.id).not.toContain(unit.url);
      const otherKind = unit.kind === 'recommendation' ? '/paragraphs/' : '/recommendations/';
      for (const link of links) expect(link.startsWith(otherKind), `${unit.id} → ${link}`).toBe(true);
    }
    // The threshold hides weak links: most pages show none.
    expect(pagesWithLinks).toBeLessThan(report.units.length);
  });
});

describe('why a passage is related', () => {
  it('names the shared words, found in the text of the page', async () => {
    await page.goto(`${baseUrl}/recommendations/16/`, { waitUntil: 'domcontentloaded' });
    const shared = await page.locator('section.related li', { has: page.locator('a[href="/paragraphs/4/"]') }).locator('.shared-words').textContent();
    const words = shared!.replace('الكلمات المشتركة: ', '').split('، ');
    expect(words).toContain('أفرقة');
    const text = await page.locator('.unit-page .unit-text').textContent();
    for (const word of words) expect(text).toContain(word);
  });
});

describe('copy the text', () => {
  it('copies the plain text that text.txt serves, with the address on this host as its last line', async () => {
    // Built without SITE_ORIGIN, text.txt holds no link; the copy adds the one the reader is at.
    // (fetch's text() drops the file's byte order mark.)
    const served = await (await fetch(`${baseUrl}/recommendations/16/text.txt`)).text();
    await page.goto(`${baseUrl}/recommendations/16/`);
    await page.getByRole('button', { name: 'انسخ النص' }).click();
    await expect.poll(() => page.locator('.copy-text-status').textContent()).toBe('نُسخ النص.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${served}${baseUrl}/recommendations/16/\n`);
  });
});
