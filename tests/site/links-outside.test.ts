/**
 * Links that leave the site: "copy link" on a unit page and beside each unit of a long page, the
 * link to selected words (a URL text fragment) and where it opens, :target on long pages, and the
 * plain-text copy read by a browser from a host that sends no charset.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumForTests } from './helpers/chromium';
import { fetchReport } from './helpers/site-facts';
import type { Report } from '../../src/report/schema';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = chromiumForTests();
let report: Report;
let context: BrowserContext;

/** Characters a reader cannot see but a pasted link or citation would carry. */
const invisible = /[\u061c\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

beforeAll(async () => {
  report = await fetchReport(baseUrl);
  context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('copy link on long pages', () => {
  it.each(['/sections/ii-a/', '/report/'])('gives each unit on %s its own link, with its anchor', async (pagePath) => {
    const page = await context.newPage();
    await page.goto(baseUrl + pagePath);
    const buttons = page.locator('article.unit .copy-link-button');
    const articles = await page.locator('article.unit').count();
    expect(await buttons.count()).toBe(articles);
    for (const unitId of ['recommendation-13', 'recommendation-22']) {
      if ((await page.locator(`#${unitId}`).count()) === 0) continue;
      const title = report.units.find((unit) => unit.id === unitId)!.title;
      await page.getByRole('button', { name: `انسخ الرابط: ${title}` }).click();
      await expect.poll(() => page.locator(`#${unitId} .copy-link-status`).textContent()).toBe('نُسخ الرابط.');
      const copied = await clipboard(page);
      expect(copied).toBe(`${baseUrl}${pagePath}#${unitId}`);
      expect(copied).not.toMatch(invisible);
    }
    await page.close();
  });
});

describe('the citation', () => {
  it('is complete with JavaScript: address on this host, date of access, unofficial rendering', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/paragraphs/5/`);
    const citation = await page.locator('.citation').innerText();
    const { document } = report;
    for (const part of [document.body, document.title, document.subtitle, document.place, document.dates, document.jobNumber, 'الفقرة ٥', `${baseUrl}/paragraphs/5/`, 'عرض غير رسمي لنص الوثيقة']) {
      expect(citation).toContain(part);
    }
    const today = await page.evaluate(() => {
      const now = new Date();
      return [now.getDate(), now.getFullYear()].map((n) => String(n).replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!));
    });
    expect(citation).toMatch(new RegExp(`تاريخ الاطلاع: ${today[0]} [^()]+/[^()]+ ${today[1]}\\)`));
    expect(citation).not.toContain('اكتب تاريخ اليوم');
    await page.close();
  });
});

describe('a link to selected words', () => {
  /**
   * Finds `words` in one text node of the unit's text, then either selects them, as a reader's
   * drag would (throwing if they are not there), or tells whether their first line box lies
   * within the window.
   */
  function atWords(page: Page, unitId: string, words: string, action: 'select' | 'on-screen'): Promise<boolean> {
    return page.evaluate(
      ([id, wanted, what]) => {
        const text = document.querySelector(`#${id} .unit-text`)!;
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(wanted!);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted!.length);
          if (what === 'on-screen') {
            const box = range.getClientRects()[0]!;
            return box.top >= 0 && box.bottom <= innerHeight;
          }
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return true;
        }
        if (what === 'on-screen') return false;
        throw new Error(`"${wanted}" is not in one text node of #${id}`);
      },
      [unitId, words, action],
    );
  }

  /** Selects `words` inside the unit's text, as a reader's drag would. */
  async function select(page: Page, unitId: string, words: string): Promise<void> {
    await atWords(page, unitId, words, 'select');
  }

  /** Whether the first line box of `words` inside the unit lies within the window. */
  function wordsOnScreen(page: Page, unitId: string, words: string): Promise<boolean> {
    return atWords(page, unitId, words, 'on-screen');
  }

  // Words every recommendation opens with: only the link's context can tell recommendation 30's apart.
  const common = 'ينبغي للدول الأعضاء';

  it('is offered when words inside a unit are selected, and opens the page at those words', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/report/`);
    await page.locator('#recommendation-30').scrollIntoViewIfNeeded();
    await select(page, 'recommendation-30', common);
    const bar = page.locator('.selection-link');
    await expect.poll(() => bar.isVisible()).toBe(true);
    await bar.getByRole('button', { name: 'انسخ رابطاً إلى النص المحدَّد' }).click();
    await expect.poll(() => bar.locator('[role=status]').textContent()).toBe('نُسخ رابط النص المحدَّد.');
    const link = await clipboard(page);
    expect(link.startsWith(`${baseUrl}/report/#recommendation-30:~:text=`)).toBe(true);
    expect(link).not.toMatch(invisible);
    await page.close();

    // The words alone, without the anchor that backs them up, lead to recommendation 30 and not to
    // the first unit that opens with the same words.
    for (const opened of [link, link.replace('#recommendation-30:~:', '#:~:')]) {
      const reader = await context.newPage();
      await reader.goto(opened);
      await expect.poll(() => wordsOnScreen(reader, 'recommendation-30', common)).toBe(true);
      expect(await wordsOnScreen(reader, 'recommendation-12', common)).toBe(false);
      await reader.close();
    }
  });

  it('is not offered for a selection outside a unit text', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sections/ii-a/`);
    await page.evaluate(() => {
      const heading = document.querySelector('h1')!;
      getSelection()!.selectAllChildren(heading);
    });
    await page.waitForTimeout(400);
    expect(await page.locator('.selection-link').isVisible()).toBe(false);
    await page.close();
  });

  it("falls back to the unit's own anchor, marked, when the words are not found", async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/report/#recommendation-30:~:text=${encodeURIComponent('كلمات ليست في الوثيقة')}`);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('recommendation-30');
    const box = await page.locator('#recommendation-30').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    await page.close();
  });
});

describe(':target on long pages', () => {
  it('marks the unit a reader lands on, and no other', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/report/#recommendation-20`);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('article.unit')].map((article) => ({
        id: article.id,
        border: getComputedStyle(article).borderInlineStartWidth,
        background: getComputedStyle(article).backgroundColor,
      })),
    );
    const target = marks.find((mark) => mark.id === 'recommendation-20')!;
    const others = marks.filter((mark) => mark.id !== 'recommendation-20');
    expect(target.border).toBe('4px');
    expect(others.every((mark) => mark.border === '0px' && mark.background !== target.background)).toBe(true);
    await page.close();
  });
});

describe('text.txt from a host that sends no charset', () => {
  let server: Server;
  let origin: string;
  /** The bytes to serve for /recommendations/12/text.txt, as "text/plain" with no charset. */
  let body: Buffer;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function shown(bytes: Buffer): Promise<string> {
    body = bytes;
    const page = await context.newPage();
    await page.goto(`${origin}/recommendations/12/text.txt`);
    const text = await page.evaluate(() => document.body.innerText);
    await page.close();
    return text;
  }

  it('reads as Arabic in Chromium, the byte order mark unseen', async () => {
    const file = await readFile(path.join(distDir, 'recommendations/12/text.txt'));
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const unit = report.units.find((candidate) => candidate.id === 'recommendation-12')!;
    const text = await shown(file);
    expect(text.startsWith(`${unit.title}\n`)).toBe(true);
    expect(text.replace(/\s+/g, ' ')).toContain(unit.text.replace(/\s+/g, ' '));
    // The same bytes without the mark are what the remedy is for: Chromium shows them as mojibake.
    expect(await shown(file.subarray(3))).not.toContain(unit.title);
  });
});
