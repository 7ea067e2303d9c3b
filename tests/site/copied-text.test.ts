/**
 * What a reader copies carries only the characters they see. Invisible direction controls (marks,
 * embeddings, overrides, isolates) around the job number or a URL become part of the link when
 * pasted into a mail or a chat and break it; the page isolates Latin runs with elements
 * (<bdi>, dir), never with characters. Checked on every plain-text and data file of the build, on
 * every copy button of the unit pages, and on text selected and copied with the keyboard.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';
import { paragraphNumbers, recommendationNumbers } from './helpers/site-facts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = chromiumForTests();

/** LRM, RLM, ALM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
const invisibleDirection = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu;

/** Each invisible direction character of `text`, named by code point with what surrounds it. */
function invisibleCharacters(text: string): string[] {
  return [...text.matchAll(invisibleDirection)].map(
    (match) => `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in ${JSON.stringify(text.slice(Math.max(0, match.index - 20), match.index + 20))}`,
  );
}

describe('files of the build', () => {
  it('no page, plain-text copy or data file holds an invisible direction character', async () => {
    const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && ['.html', '.txt', '.json', '.xml'].includes(path.extname(entry.name)))
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(files.filter((file) => file.endsWith('text.txt'))).toHaveLength(recommendationNumbers.length + paragraphNumbers.length);
    const found: Record<string, string[]> = {};
    for (const file of files) {
      const characters = invisibleCharacters(await readFile(file, 'utf8'));
      if (characters.length > 0) found[path.relative(distDir, file)] = characters;
    }
    expect(found).toEqual({});
  });
});

describe('copying in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  // The first and last of each kind, and paragraphs whose text holds Latin runs (3, 17); the file
  // check above already reads what every page's copy-text button holds.
  const unitPages = ['/recommendations/12/', '/recommendations/34/', '/paragraphs/1/', '/paragraphs/3/', '/paragraphs/17/', '/paragraphs/18/'];

  it.each(unitPages)('every copy button of %s copies no invisible character, and the link stays whole', async (urlPath) => {
    await page.goto(baseUrl + urlPath);
    // Built without SITE_ORIGIN there is no canonical link: the page's address is the one it was opened at.
    const canonical = baseUrl + urlPath;
    // Every button that copies (its label starts with "انسخ", copy), whatever it copies.
    const buttons = page.getByRole('button', { name: /^انسخ/ });
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(2);
    // Copy link and copy text hold the page's link; whatever else a button copies is checked the same way.
    let linksCopied = 0;
    for (let index = 0; index < count; index++) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await buttons.nth(index).click();
      await expect.poll(clipboard).not.toBe('');
      const copied = await clipboard();
      expect(invisibleCharacters(copied), `${urlPath}, button ${index + 1}`).toEqual([]);
      // Each link copied is a whole word, as a mail or chat program finds it, and leads to this page.
      const links = copied.split(/\s/u).filter((word) => word.includes('://'));
      for (const link of links) expect(link.startsWith(canonical), `${urlPath}, button ${index + 1}: ${JSON.stringify(link)}`).toBe(true);
      linksCopied += links.length;
    }
    expect(linksCopied).toBeGreaterThanOrEqual(2);
  });

  it.each(['/paragraphs/17/', '/recommendations/12/'])('text of %s selected and copied with the keyboard carries no invisible character', async (urlPath) => {
    await page.goto(baseUrl + urlPath);
    // Built without SITE_ORIGIN there is no canonical link: the page's address is the one it was opened at.
    const canonical = baseUrl + urlPath;
    const jobNumber = (await page.locator('.citation bdi').first().textContent())!;
    for (const selector of ['.citation', 'main', 'body']) {
      await page.evaluate((what) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(what)!);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      }, selector);
      await page.keyboard.press('Control+C');
      const copied = await clipboard();
      expect(copied, selector).toContain(jobNumber);
      expect(invisibleCharacters(copied), `${urlPath} ${selector}`).toEqual([]);
    }
    // The citation's link, copied on its own line, is the bare URL.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.citation')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    expect((await clipboard()).split(/\s/u)).toContain(canonical);
  });
});
