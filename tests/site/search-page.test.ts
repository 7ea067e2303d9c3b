/**
 * The search page as a reader uses it, in Chromium against the built site: the shareable ?q= link,
 * filters, the "/" shortcut, Pagefind loading only when the reader goes to the box, when a search
 * runs, the page without JavaScript, odd queries, and results that show the real text with the matched words marked.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, pagesForTests } from './helpers/chromium';
import { readOutcome, searchByLink, settled, unitIdFromHref } from '../support/search-results';

const baseUrl = inject('baseUrl');
const browser = chromiumForTests();
// The pages of a window size share one context, as one reader's tabs do.
const newPage = pagesForTests(browser);

/** A fresh page that records page errors, dialogs and requests for Pagefind's files. */
async function watchedPage(): Promise<{ page: Page; errors: string[]; dialogs: string[]; pagefindRequests: string[] }> {
  const page = await newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  const pagefindRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
  });
  return { page, errors, dialogs, pagefindRequests };
}

// Each test has pages of its own; they run side by side, as readers' tabs do, while others wait
// for a page or a search.
describe.concurrent('the search page', () => {
  describe('the ?q= link', () => {
    it('runs the search, fills the box, and lists each unit once with its title, section and excerpt', async () => {
      const { page, errors } = await watchedPage();
      const outcome = await searchByLink(page, baseUrl, 'الأطفال');
      expect(await page.locator('#search-query').inputValue()).toBe('الأطفال');
      expect(outcome.unitIds).toEqual(expect.arrayContaining(['recommendation-15', 'recommendation-18']));
      expect(new Set(outcome.unitIds).size).toBe(outcome.unitIds.length);
      expect(outcome.status).toContain('«الأطفال»');
      const first = page.locator('.search-result').first();
      expect(await first.locator('.search-result-title').textContent()).toMatch(/^التوصية [١-٩][٠-٩]*$/);
      expect(await first.locator('.search-result-section').textContent()).toContain('ثانياً، ألف');
      expect(await first.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('titles every result after its unit, in Arabic', async () => {
      const { page } = await watchedPage();
      await searchByLink(page, baseUrl, 'الاتجار');
      const pairs = await page.locator('.search-result-title a').evaluateAll((links) =>
        links.map((link) => [link.getAttribute('href') ?? '', link.textContent ?? '']),
      );
      const indic = (n: string) => n.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
      for (const [href, title] of pairs) {
        const [kind, number] = unitIdFromHref(href!).split('-');
        expect(title).toBe(`${kind === 'recommendation' ? 'التوصية' : 'الفقرة'} ${indic(number!)}`);
      }
      await page.close();
    });

    it('shows the real words in the excerpt, with the matched word marked', async () => {
      const { page } = await watchedPage();
      await searchByLink(page, baseUrl, 'التكنولوجيا');
      const excerpt = page.locator('.search-result-excerpt').first();
      expect(await excerpt.locator('mark').allTextContents()).toEqual(['والتكنولوجيا']);
      expect(await excerpt.textContent()).toContain('الفضاء السيبراني والتكنولوجيا في تيسير');
      await page.close();
    });

    it('marks every form of the word that matched, whichever inflection the text uses', async () => {
      const { page } = await watchedPage();
      await searchByLink(page, baseUrl, 'يشير');
      const marks = new Set(await page.locator('.search-result-excerpt mark').allTextContents());
      for (const form of ['وأشار', 'أشارت', 'وأُشير']) expect(marks).toContain(form);
      // The verbal noun الإشارة is another word (paragraph 2 has both).
      expect(marks).not.toContain('الإشارة');
      await searchByLink(page, baseUrl, 'دولة');
      const states = new Set(await page.locator('.search-result-excerpt mark').allTextContents());
      expect(states).toContain('للدول');
      expect(states).not.toContain('الدولي');
      // A broken plural typed in the singular; a plural in the other case, not the word spelt like its singular.
      await searchByLink(page, baseUrl, 'ضابط');
      expect(new Set(await page.locator('.search-result-excerpt mark').allTextContents())).toEqual(new Set(['وضباط', 'ضباط', 'لضباط']));
      await searchByLink(page, baseUrl, 'المواطنون');
      expect(await page.locator('.search-result-excerpt mark').allTextContents()).toEqual(['المواطنين']);
      await page.close();
    });

    it('marks an English phrase in an excerpt as English, left to right', async () => {
      const { page } = await watchedPage();
      await searchByLink(page, baseUrl, 'REDTRAM');
      const latin = page.locator('.search-result-excerpt mark span[lang="en"][dir="ltr"]');
      expect(await latin.allTextContents()).toEqual(['REDTRAM']);
      await page.close();
    });

    it('follows typing: the address changes, and opening it again gives the same results', async () => {
      const { page } = await watchedPage();
      await page.goto(`${baseUrl}/search/`);
      await page.locator('#search-query').fill('المغرب');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'المغرب');
      const typed = await readOutcome(page);
      const shared = await newPage();
      const opened = await searchByLink(shared, baseUrl, 'المغرب');
      expect(typed.unitIds).toContain('paragraph-16');
      expect(opened.unitIds).toEqual(typed.unitIds);
      await Promise.all([page.close(), shared.close()]);
    });

    it('submits from the header of any page to the search page', async () => {
      const { page } = await watchedPage();
      await page.goto(`${baseUrl}/recommendations/20/`);
      await page.locator('#site-search-query').fill('النمسا');
      await page.locator('#site-search-query').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect((await readOutcome(page)).unitIds).toEqual(['paragraph-16']);
      await page.close();
    });
  });

  /** The filters are folded until the reader opens them. */
  async function openFilters(page: Page): Promise<void> {
    await page.getByText('تصفية النتائج حسب النوع والقسم').click();
  }

  describe('filters', () => {
    it('narrow a search to one kind, and the choice travels in the link', async () => {
      const { page } = await watchedPage();
      const all = await searchByLink(page, baseUrl, 'الاتجار');
      await openFilters(page);
      await page.getByLabel('فقرة', { exact: true }).check();
      await page.waitForFunction(() => new URLSearchParams(location.search).get('kind') === 'فقرة');
      const paragraphs = await readOutcome(page);
      expect(paragraphs.unitIds.length).toBeGreaterThan(0);
      expect(paragraphs.unitIds.every((id) => id.startsWith('paragraph-'))).toBe(true);
      expect(paragraphs.unitIds.sort()).toEqual(all.unitIds.filter((id) => id.startsWith('paragraph-')).sort());
      const shared = await newPage();
      await shared.goto(page.url());
      expect((await readOutcome(shared)).unitIds.sort()).toEqual(paragraphs.unitIds.sort());
      expect(await shared.getByLabel('فقرة', { exact: true }).isChecked()).toBe(true);
      await Promise.all([page.close(), shared.close()]);
    });

    it('narrow to a section', async () => {
      const { page } = await watchedPage();
      await searchByLink(page, baseUrl, 'العمال');
      await openFilters(page);
      await page.getByLabel(/ثانياً، جيم/).check();
      await page.waitForFunction(() => new URLSearchParams(location.search).has('section'));
      expect((await readOutcome(page)).unitIds.sort()).toEqual(['recommendation-32', 'recommendation-33', 'recommendation-34']);
      await page.close();
    });

    it('without a query, list the chosen units in document order', async () => {
      const { page } = await watchedPage();
      await page.goto(`${baseUrl}/search/?kind=${encodeURIComponent('فقرة')}`);
      const outcome = await readOutcome(page);
      expect(outcome.unitIds).toEqual(Array.from({ length: 18 }, (_, i) => `paragraph-${i + 1}`));
      expect(outcome.status).toBe('١٨ نتيجة');
      await page.close();
    });
  });

  describe('folded filters', () => {
    it.each([360, 1280])('are folded away until opened, and open by themselves when the link chose one (%i px)', async (width) => {
      const page = await newPage({ viewport: { width, height: 740 } });
      await searchByLink(page, baseUrl, 'الاتجار');
      expect(await page.getByLabel('فقرة', { exact: true }).isVisible()).toBe(false);
      await page.getByText('تصفية النتائج حسب النوع والقسم').click();
      expect(await page.getByLabel('فقرة', { exact: true }).isVisible()).toBe(true);
      await searchByLink(page, baseUrl, 'الاتجار', `&kind=${encodeURIComponent('فقرة')}`);
      expect(await page.getByLabel('فقرة', { exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel('فقرة', { exact: true }).isVisible()).toBe(true);
      await page.close();
    });
  });

  describe('the "/" shortcut', () => {
    it('focuses the header search box on a unit page without typing the slash', async () => {
      const { page, pagefindRequests } = await watchedPage();
      await page.goto(`${baseUrl}/recommendations/12/`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
      expect(await page.locator('#site-search-query').inputValue()).toBe('');
      // Focusing the box is not a search: Pagefind stays unloaded.
      expect(pagefindRequests).toEqual([]);
      await page.close();
    });

    it('works on an Arabic keyboard, where the same key types ظ', async () => {
      const { page } = await watchedPage();
      await page.goto(`${baseUrl}/sections/ii-a/`);
      await page.evaluate(() =>
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ظ', code: 'Slash', bubbles: true, cancelable: true })),
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
      await page.close();
    });

    it('focuses the search page’s own box there, and types normally inside a box', async () => {
      const { page } = await watchedPage();
      await page.goto(`${baseUrl}/search/`);
      await settled(page);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
      await page.keyboard.type('و/أو');
      expect(await page.locator('#search-query').inputValue()).toBe('و/أو');
      await page.close();
    });
  });

  describe('loading', () => {
    it('loads no Pagefind file until the reader goes to the box, and no fragment per result', async () => {
      const { page, pagefindRequests } = await watchedPage();
      await page.goto(`${baseUrl}/`);
      await page.goto(`${baseUrl}/search/`);
      await settled(page);
      expect(pagefindRequests).toEqual([]);
      // Going to the box fetches what every search needs, the index chunk included, before a key is typed.
      await Promise.all([page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/pagefind/index/')), page.locator('#search-query').focus()]);
      const paths = pagefindRequests.map((url) => new URL(url).pathname);
      for (const file of ['/pagefind/pagefind.js', '/pagefind/wasm.ar.pagefind', '/pagefind/lexicon.json', '/pagefind/result-data.json', '/pagefind/unit-texts.json']) {
        expect(paths).toContain(file);
      }
      expect(paths.some((path) => path.startsWith('/pagefind/index/'))).toBe(true);
      await page.locator('#search-query').fill('الاتجار');
      expect((await readOutcome(page)).unitIds.length).toBeGreaterThan(10);
      // Results come from result-data.json: no fragment file per result. The worker is not used.
      expect(pagefindRequests.filter((url) => url.includes('/pagefind/fragment/'))).toEqual([]);
      expect(pagefindRequests.some((url) => url.includes('pagefind-worker'))).toBe(false);
      await page.close();
    });
  });

  describe('when the search runs', () => {
    /** Dispatch input events in one task; returns the page's state right after each. */
    function dispatch(page: Page, inputs: { value: string; inputType: string }[]): Promise<string[]> {
      return page.evaluate((inputs) => {
        const root = document.querySelector<HTMLElement>('[data-search-page]')!;
        const input = root.querySelector<HTMLInputElement>('#search-query')!;
        return inputs.map(({ value, inputType }) => {
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
          return root.dataset.state ?? '';
        });
      }, inputs);
    }

    it('searches pasted text at once, and a typed key after a pause', async () => {
      const { page } = await watchedPage();
      await page.goto(`${baseUrl}/search/`);
      await settled(page);
      expect(await dispatch(page, [{ value: 'دولة', inputType: 'insertFromPaste' }])).toEqual(['searching']);
      await readOutcome(page);
      expect(await dispatch(page, [{ value: 'دولة ا', inputType: 'insertText' }])).toEqual(['typing']);
      await page.close();
    });

    it('never shows the results of text already changed, even when they arrive after the change', async () => {
      const { page } = await watchedPage();
      await page.goto(`${baseUrl}/search/`);
      await settled(page);
      await page.evaluate(() => {
        const root = document.querySelector<HTMLElement>('[data-search-page]')!;
        const shown: string[] = [];
        (window as unknown as { shown: string[] }).shown = shown;
        new MutationObserver(() => {
          const status = root.querySelector('[role="status"]')!.textContent ?? '';
          if (root.dataset.state === 'done' && shown[shown.length - 1] !== status) shown.push(status);
        }).observe(root, { attributes: true, childList: true, subtree: true, characterData: true });
      });
      // The pasted search starts at once and is still loading when the reader types on.
      await dispatch(page, [
        { value: 'الضحايا', inputType: 'insertFromPaste' },
        { value: 'دولة', inputType: 'insertText' },
      ]);
      await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'دولة');
      await readOutcome(page);
      const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
      expect(shown.length).toBe(1);
      expect(shown[0]).toContain('«دولة»');
      await page.close();
    });
  });

  describe('without JavaScript', () => {
    it('says so in Arabic and links to the full report', async () => {
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('الاتجار')}`);
      const message = page.locator('.search-noscript');
      expect(await message.isVisible()).toBe(true);
      expect(await message.textContent()).toContain('غير مفعَّلة');
      expect(await message.locator('a').getAttribute('href')).toBe('/report/');
      expect(await page.locator('#search-query').isVisible()).toBe(false);
      await context.close();
    });
  });

  describe('odd queries', () => {
    const noResults = /^لا توجد نتائج لـ«.*»/;
    it.each([
      ['only punctuation', '؟!،.:"'],
      ['1,000 characters', 'ظظظ '.repeat(250)],
      ['markup', '<img src=x onerror=alert(1)>'],
      ['Pagefind’s own markup', '<mark>الاتجار</mark>'],
      ['a unit that does not exist', 'التوصية 99'],
    ])('%s: no error, nothing injected, an Arabic "no results" message', async (_name, query) => {
      const { page, errors, dialogs } = await watchedPage();
      const outcome = await searchByLink(page, baseUrl, query);
      expect(outcome.state).toBe('done');
      expect(outcome.unitIds).toEqual([]);
      expect(outcome.status).toMatch(noResults);
      expect(await page.locator('[data-search-page] img, [data-search-page] script:not([type="module"])').count()).toBe(0);
      expect(await page.locator('#search-query').inputValue()).toBe(query);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('words the report lacks among one it has: partial matches, labelled, and the missing words named', async () => {
      const { page, errors } = await watchedPage();
      const outcome = await searchByLink(page, baseUrl, 'abc الاتجار xyz');
      expect(outcome.unitIds.length).toBeGreaterThan(0);
      expect(outcome.partialIds).toEqual(outcome.unitIds);
      expect(outcome.status).toMatch(/^لا توجد وحدة فيها كل كلمات «abc الاتجار xyz»/);
      expect(await page.locator('.search-result-partial').first().textContent()).toBe('تطابق جزئي: فيها «الاتجار»، وليس فيها «abc» و«xyz».');
      expect(outcome.note).toContain('لا ترد «abc» في التقرير بأي صيغة');
      expect(outcome.note).toContain('لا ترد «xyz» في التقرير بأي صيغة');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('empty: the page invites a search and loads nothing', async () => {
      const { page, errors, pagefindRequests } = await watchedPage();
      const outcome = await searchByLink(page, baseUrl, '');
      expect(outcome.state).toBe('idle');
      expect(outcome.status).toMatch(/^اكتب كلمة/);
      expect(pagefindRequests).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('the index', () => {
    // "التالية" is also a word of the report (التوصيات التالية); "السابقة" only of the page chrome.
    it.each(['المحتويات', 'الاستشهاد', 'انسخ الرابط', 'السابقة'])(
      'holds only document text: page chrome "%s" finds nothing',
      async (query) => {
        const { page } = await watchedPage();
        expect((await searchByLink(page, baseUrl, query)).unitIds).toEqual([]);
        await page.close();
      },
    );
  });

  describe('accessibility', () => {
    it('axe finds no WCAG 2.2 AA violation on the search page with results and filters', async () => {
      const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      for (const width of [1280, 360]) {
        const page = await newPage({ viewport: { width, height: 800 } });
        await searchByLink(page, baseUrl, 'الاتجار');
        // Evaluated through DevTools: an injected <script> would be refused by the page's Content-Security-Policy.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
        });
        expect(violations).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.close();
      }
    });
  });
});
