/**
 * Text that Markdown, MDX or GFM would read as markup, put through the real build: each string of
 * tests/unit/fixtures/hostile-text.json becomes the text of one unit (written by ingest's own MDX
 * writer), the site is built with Astro and Pagefind (tests/support/hostile-site.ts), and each string must come
 * out exactly as it went in: on its page and on the whole-report page, in its plain-text copy and
 * in the search index; a URL in the text never becomes a link.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Unit } from '../../src/report/schema';
import { filterNames, unitTextsFile } from '../../src/search/index-names';
import { hostileSite, hostileTexts as hostile } from '../support/hostile-site';
import { settled } from '../support/search-results';
import { serveStatic, type StaticServer } from '../../support/static-server';
import { chromiumForTests } from './helpers/chromium';

const browser = chromiumForTests();

let server: StaticServer;
let units: Unit[];
/** The page each test opens its own unit page (or search) in. */
let page: Page;
/** The whole-report page, opened once: every hostile unit is on it, and it is the site's largest page. */
let reportPage: Page;
/** The search page with Pagefind loaded once, as the search page loads it, for looking up each unit's record. */
let searchPage: Page;

// One build serves this file and tests/site/unit-mdx.test.ts (tests/support/hostile-site.ts).
beforeAll(async () => {
  const site = await hostileSite(inject('sharedBuildsDir'));
  units = site.hostileUnits;
  server = await serveStatic(site.distDir);
  [page, reportPage, searchPage] = await Promise.all([browser().newPage(), browser().newPage(), browser().newPage()]);
  await reportPage.goto(`${server.url}/report/`);
  await searchPage.goto(`${server.url}/search/`);
  // A string, not a function: vitest would rewrite the import() inside a function for Node.
  await searchPage.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    window.pagefindUnderTest = pagefind;
  })()`);
}, 1_200_000);

afterAll(async () => {
  await Promise.all([page?.close(), reportPage?.close(), searchPage?.close()]);
  await server?.close();
});

describe.each(hostile.map((text, index) => [index, text] as const))('hostile text %i through the real build', (index, text) => {
  it('reads literally on its page and on the whole-report page, with no link made from it', async () => {
    const unit = units[index]!;
    await page.goto(server.url + unit.url);
    expect(await page.locator('.unit-text').evaluate((element) => element.textContent!.trim())).toBe(text);
    expect(await page.locator('.unit-text a, .unit-text del, .unit-text s, .unit-text table').count()).toBe(0);
    expect(await page.locator('.unit-text p').count()).toBe(1);
    const inReport = reportPage.locator(`[id="${unit.id}"] .unit-text`);
    expect(await inReport.evaluate((element) => element.textContent!.trim())).toBe(text);
    expect(await inReport.locator('a').count()).toBe(0);
  });

  it('reads literally in its plain-text copy', async () => {
    const response = await fetch(`${server.url}${units[index]!.url}text.txt`);
    expect(response.status).toBe(200);
    expect((await response.text()).split('\n')[2]).toBe(text);
  });

  // Pagefind keeps no record of a text without a single word ("---"): there is nothing to find.
  it.runIf(/[\p{L}\p{N}]/u.test(text))('reads literally in the search index and in the texts the search page shows', async () => {
    const unit = units[index]!;
    const found: string = await searchPage.evaluate(`(async () => {
      const found = await window.pagefindUnderTest.search(null, { filters: { ${JSON.stringify(filterNames.unit)}: { any: [${JSON.stringify(unit.id)}] } } });
      if (found.results.length !== 1) return 'expected one record, found ' + found.results.length;
      return (await found.results[0].data()).url;
    })()`);
    expect(found).toBe(unit.url);
    const texts = (await (await fetch(`${server.url}/${unitTextsFile}`)).json()) as Record<string, string>;
    expect(texts[unit.url]).toBe(text);
  });
});

describe('a URL in the text, searched for on the search page', () => {
  it('is shown in the result as text, not as a link', async () => {
    const withUrl = hostile.find((text) => text.includes('https://www.unodc.org/'));
    expect(withUrl).toBeDefined();
    await page.goto(`${server.url}/search/?q=unodc`);
    expect(await settled(page)).toBe('done');
    const result = page.locator('.search-result', { hasText: 'https://www.unodc.org/documents/report.pdf' });
    expect(await result.count()).toBe(1);
    // The result's title is its one link, to the unit page.
    expect(await result.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([units[hostile.indexOf(withUrl!)]!.url]);
  });
});
