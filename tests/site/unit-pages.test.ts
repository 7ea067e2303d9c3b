/**
 * Reading, sharing and moving around: every unit page reads completely without JavaScript, with
 * its heading, text, breadcrumb, links to its section and its place in /report/, the previous
 * and next unit of the same kind (recommendation 31 → 32, never to a paragraph), a citation, and sharing metadata built from its own text. A reader gets
 * from the home page to any unit and back; the copy-link button copies the unit's address.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumForTests } from './helpers/chromium';
import { fetchReport, paragraphNumbers, recommendationNumbers, sectionIds } from './helpers/site-facts';
import { report as reportSchema, type Report, type Unit } from '../../src/report/schema';

const baseUrl = inject('baseUrl');

const browser = chromiumForTests();
let withoutScripts: BrowserContext;
let page: Page;
let report: Report;

beforeAll(async () => {
  withoutScripts = await browser().newContext({ javaScriptEnabled: false });
  page = await withoutScripts.newPage();
  report = await fetchReport(baseUrl);
});
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('/data/report.json', () => {
  it('serves the whole document tree, valid against the contract, with every unit the issue names', async () => {
    const response = await fetch(`${baseUrl}/data/report.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const parsed = reportSchema.parse(await response.json());
    const numbersOf = (kind: Unit['kind']) => parsed.units.filter((unit) => unit.kind === kind).map((unit) => unit.number).sort((a, b) => a - b);
    expect(numbersOf('recommendation')).toEqual(recommendationNumbers);
    expect(numbersOf('paragraph')).toEqual(paragraphNumbers);
    expect(parsed.sections.map((section) => section.id)).toEqual(sectionIds);
  });
});

describe('every unit page, with JavaScript off', () => {
  it('shows heading, text, breadcrumb, context links, citation, previous/next and sharing metadata', async () => {
    const ordered = [...report.units].sort((a, b) => a.order - b.order);
    expect(ordered).toHaveLength(recommendationNumbers.length + paragraphNumbers.length);
    for (const unit of ordered) {
      const response = await page.goto(baseUrl + unit.url);
      expect(response?.status(), unit.url).toBe(200);
      const seen = await page.evaluate(() => {
        const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
        return {
          h1: document.querySelector('h1')?.textContent?.trim(),
          text: (document.querySelector('main .unit-text') as HTMLElement | null)?.innerText ?? '',
          title: document.title,
          description: meta('meta[name="description"]'),
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          ogTitle: meta('meta[property="og:title"]'),
          ogDescription: meta('meta[property="og:description"]'),
          ogUrl: meta('meta[property="og:url"]'),
          ogType: meta('meta[property="og:type"]'),
          breadcrumb: [...document.querySelectorAll('.breadcrumb li')].map((item) => ({
            text: item.textContent!.trim(),
            href: item.querySelector('a')?.getAttribute('href') ?? null,
          })),
          hrefs: [...document.querySelectorAll('main a[href]')].map((link) => link.getAttribute('href')),
          previous: document.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null,
          next: document.querySelector('a[rel="next"]')?.getAttribute('href') ?? null,
          citation: (document.querySelector('.citation') as HTMLElement | null)?.innerText ?? '',
        };
      });
      expect(seen.h1, unit.url).toBe(unit.title);
      expect(squeeze(seen.text), unit.url).toBe(squeeze(unit.text));
      expect(seen.title.startsWith(unit.title), unit.url).toBe(true);
      // The description is the unit's first words, cut at a word boundary.
      expect(seen.description, unit.url).toBeTruthy();
      expect(squeeze(unit.text).startsWith(seen.description!.replace(/…$/, '')), unit.url).toBe(true);
      expect(seen.description!.length).toBeLessThanOrEqual(161);
      // Built without SITE_ORIGIN: no absolute URL is invented (tests/site/origin.test.ts covers both builds).
      expect(seen.canonical, unit.url).toBeNull();
      expect(seen).toMatchObject({ ogDescription: seen.description, ogUrl: null, ogType: 'article' });
      expect(seen.ogTitle).toContain(unit.title);
      // Breadcrumb: the report › chapter › (subsection) › this unit.
      const section = report.sections.find((candidate) => candidate.id === unit.section)!;
      expect(seen.breadcrumb.at(0)?.href).toBe('/report/');
      expect(seen.breadcrumb.at(-1)).toEqual({ text: unit.title, href: null });
      expect(seen.breadcrumb.at(-2)?.href).toBe(`/sections/${section.id}/`);
      if (section.parent) expect(seen.breadcrumb.at(-3)?.href).toBe(`/sections/${section.parent}/`);
      expect(seen.hrefs).toContain(`/sections/${section.id}/#${unit.id}`);
      expect(seen.hrefs).toContain(`/report/#${unit.id}`);
      // Previous and next of the same kind, by the numbers the issue fixes (12–34, 1–18).
      const numbers = unit.kind === 'recommendation' ? recommendationNumbers : paragraphNumbers;
      const base = unit.kind === 'recommendation' ? '/recommendations/' : '/paragraphs/';
      const at = numbers.indexOf(unit.number);
      expect(seen.previous, unit.url).toBe(at > 0 ? `${base}${numbers[at - 1]}/` : null);
      expect(seen.next, unit.url).toBe(at < numbers.length - 1 ? `${base}${numbers[at + 1]}/` : null);
      // Without JavaScript the citation shows the page's path and asks for the date of access.
      for (const part of [report.document.body, report.document.jobNumber, unit.title, unit.url, 'تاريخ الاطلاع: اكتب تاريخ اليوم', 'عرض غير رسمي لنص الوثيقة']) {
        expect(seen.citation, unit.url).toContain(part);
      }
    }
  });
});

describe('moving around', () => {
  it('lists every unit on the home page with its number and first words', async () => {
    await page.goto(`${baseUrl}/`);
    const entries = await page.evaluate(() =>
      [...document.querySelectorAll('#contents a[href^="/recommendations/"], #contents a[href^="/paragraphs/"]')].map((link) => ({
        href: link.getAttribute('href'),
        number: link.querySelector('.toc-unit-number')?.textContent,
        preview: link.querySelector('.toc-unit-preview')?.textContent ?? '',
      })),
    );
    const ordered = [...report.units].sort((a, b) => a.order - b.order);
    expect(entries.map((entry) => entry.href)).toEqual(ordered.map((unit) => unit.url));
    for (const [index, unit] of ordered.entries()) {
      expect(entries[index]!.number).toBe(unit.title);
      expect(squeeze(unit.text).startsWith(entries[index]!.preview.replace(/…$/, ''))).toBe(true);
      expect(entries[index]!.preview.length).toBeGreaterThan(10);
    }
    const sectionLinks = await page.locator('#contents a[href^="/sections/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sectionLinks).toEqual(sectionIds.map((id) => `/sections/${id}/`));
  });

  it('goes from the home page to a recommendation, up to its section, and back', async () => {
    const context = await browser().newContext();
    const reader = await context.newPage();
    await reader.goto(`${baseUrl}/`);
    await reader.locator('#contents a[href="/recommendations/25/"]').click();
    await reader.waitForURL(`${baseUrl}/recommendations/25/`);
    expect(await reader.locator('h1').textContent()).toBe('التوصية ٢٥');
    await reader.locator('.breadcrumb a[href="/sections/ii-b/"]').click();
    await reader.waitForURL(`${baseUrl}/sections/ii-b/`);
    expect(await reader.locator('#recommendation-25').isVisible()).toBe(true);
    await reader.goBack();
    await reader.goBack();
    expect(new URL(reader.url()).pathname).toBe('/');
    await context.close();
  });

  it('heads every section page with its label and title', async () => {
    for (const section of report.sections) {
      await page.goto(`${baseUrl}/sections/${section.id}/`);
      expect(squeeze((await page.locator('h1').textContent()) ?? '')).toBe(`${section.label} ${section.title}`);
    }
  });

  it('answers an unknown address with 404 and an Arabic page', async () => {
    const response = await page.goto(`${baseUrl}/recommendations/99/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('الصفحة غير موجودة');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
  });
});

describe('copy link', () => {
  it('copies the address of the unit on the host the reader is at, and says so', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const reader = await context.newPage();
    await reader.goto(`${baseUrl}/recommendations/12/`);
    await reader.getByRole('button', { name: 'انسخ الرابط' }).click();
    await expect.poll(() => reader.locator('.copy-link-status').textContent()).toBe('نُسخ الرابط.');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/recommendations/12/`);
    await context.close();
  });

  it('is not shown without JavaScript, where it could not work', async () => {
    await page.goto(`${baseUrl}/recommendations/12/`);
    expect(await page.locator('.copy-link-button').isVisible()).toBe(false);
  });
});
