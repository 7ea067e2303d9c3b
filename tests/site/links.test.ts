/**
 * No link, stylesheet, script or anchor anywhere in the built output points at a page, file or id
 * that does not exist. (The sitemap exists only in a build that knows its origin: origin.test.ts.)
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests } from './helpers/chromium';
import { htmlFiles, urlPathOf } from './helpers/site-facts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

interface PageLinks {
  ids: string[];
  references: { attribute: string; value: string; resolved: string }[];
  canonical: string | null;
}

const browser = chromiumForTests();
let page: Page;
const pages = new Map<string, PageLinks>();

async function readPage(urlPath: string): Promise<PageLinks> {
  const cached = pages.get(urlPath);
  if (cached) return cached;
  // Links and ids are in the HTML itself; waiting for fonts and images would only slow this down.
  await page.goto(baseUrl + urlPath, { waitUntil: 'domcontentloaded' });
  const links = await page.evaluate(() => ({
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
    references: [...document.querySelectorAll('a[href], link[href], script[src], img[src], source[src]')].map((element) => {
      const attribute = element.hasAttribute('href') ? 'href' : 'src';
      const value = element.getAttribute(attribute)!;
      return { attribute, value, resolved: new URL(value, document.baseURI).href };
    }),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
  }));
  pages.set(urlPath, links);
  return links;
}

const statusCache = new Map<string, number>();
async function statusOf(url: string): Promise<number> {
  if (!statusCache.has(url)) statusCache.set(url, (await fetch(url)).status);
  return statusCache.get(url)!;
}

beforeAll(async () => {
  page = await browser().newPage();
});
describe('internal links and anchors', () => {
  it('resolve to an existing page and, for a #fragment, to an existing id on it', async () => {
    const files = await htmlFiles(distDir);
    expect(files.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const file of files) {
      const from = urlPathOf(file);
      const { references, canonical } = await readPage(from);
      for (const { attribute, value, resolved } of references) {
        const target = new URL(resolved);
        if (target.origin !== baseUrl) {
          // In a build with SITE_ORIGIN the canonical link names that origin; its path must still exist here.
          if (value === canonical) {
            const status = await statusOf(baseUrl + target.pathname);
            if (status !== 200) failures.push(`${from}: canonical ${value} → ${status}`);
          } else {
            failures.push(`${from}: ${attribute}="${value}" leaves the site`);
          }
          continue;
        }
        const status = await statusOf(baseUrl + target.pathname);
        if (status !== 200) {
          failures.push(`${from}: ${attribute}="${value}" → ${status}`);
          continue;
        }
        if (target.hash) {
          const id = decodeURIComponent(target.hash.slice(1));
          const { ids } = await readPage(target.pathname);
          if (!ids.includes(id)) failures.push(`${from}: ${attribute}="${value}" → no id "${id}" on ${target.pathname}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives every unit its anchor on /report/ and no id twice on any page', async () => {
    const files = await htmlFiles(distDir);
    const duplicates: string[] = [];
    for (const file of files) {
      const { ids } = await readPage(urlPathOf(file));
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) duplicates.push(`${urlPathOf(file)}: id "${id}" twice`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
    const { ids } = await readPage('/report/');
    for (let n = 12; n <= 34; n++) expect(ids).toContain(`recommendation-${n}`);
    for (let n = 1; n <= 18; n++) expect(ids).toContain(`paragraph-${n}`);
  });
});
