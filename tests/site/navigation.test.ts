/**
 * Getting around, as a reader meets it in Chromium: the report's contents beside the text on a
 * desk (every unit's number, the current one marked and in view, staying in view while the text
 * scrolls) and folded into one control on a phone; "on this page" and the way back to the top;
 * jumping to a unit by its number typed in Arabic or Latin digits; previous and next of the same
 * kind; a phone header under 15% of the screen with the breadcrumb on one line; the light/dark
 * button that remembers; the notes behind "عن هذا النص". All of it without JavaScript where the
 * issue asks.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, pagesForTests } from './helpers/chromium';
import { fetchReport, paragraphNumbers, recommendationNumbers } from './helpers/site-facts';
import type { Report } from '../../src/report/schema';

const baseUrl = inject('baseUrl');
const browser = chromiumForTests();
// The pages of a window size, with or without JavaScript, share one context, as one reader's tabs
// do; the tests of the saved theme make contexts of their own.
const newPage = pagesForTests(browser);
let report: Report;

beforeAll(async () => {
  report = await fetchReport(baseUrl);
});

const desk = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

async function open(path: string, viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
  const page = await newPage({ viewport, javaScriptEnabled });
  await page.goto(baseUrl + path);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

async function close(page: Page): Promise<void> {
  await page.close();
}

describe('the report contents on a desk (1440×900)', () => {
  it.each([true, false])('lists every unit beside the text, marks the current one and keeps it in view (JavaScript %s)', async (scripts) => {
    for (const path of ['/recommendations/34/', '/paragraphs/18/', '/recommendations/12/']) {
      const page = await open(path, desk, scripts);
      const seen = await page.evaluate(() => {
        const nav = document.querySelector('.report-nav-body')!;
        const box = nav.getBoundingClientRect();
        const main = document.querySelector('main')!.getBoundingClientRect();
        const current = nav.querySelector('.nav-units a[aria-current="page"]');
        const currentBox = current?.getBoundingClientRect();
        return {
          hrefs: [...nav.querySelectorAll('.nav-units a')].map((link) => link.getAttribute('href')),
          visibleLinks: [...nav.querySelectorAll('.nav-units a')].filter((link) => link.getBoundingClientRect().width > 0).length,
          beside: box.left >= main.right,
          current: current?.getAttribute('href'),
          currentText: current?.textContent?.replace(/\s+/g, ' ').trim(),
          currentList: current?.closest('ol')?.getAttribute('aria-label'),
          currentInView: !!currentBox && currentBox.top >= 0 && currentBox.bottom <= innerHeight && currentBox.width > 0,
        };
      });
      const units = report.units;
      expect(seen.hrefs.sort()).toEqual(units.map((unit) => unit.url).sort());
      expect(seen.visibleLinks).toBe(units.length);
      // Right to left, the contents stand on the right of the text.
      expect(seen.beside).toBe(true);
      expect(seen.current).toBe(path);
      const unit = units.find((candidate) => candidate.url === path)!;
      // The number as printed, in a list named by its kind ("التوصية ٣٤" → "٣٤" in "التوصيات").
      expect(unit.title.endsWith(seen.currentText!)).toBe(true);
      expect(seen.currentList).toContain(unit.kind === 'recommendation' ? 'التوصيات' : 'الفقرات');
      expect(seen.currentInView, path).toBe(true);
      await close(page);
    }
  });

  it('stays in view while the text scrolls, and shows a unit\'s first words on hover and on focus', async () => {
    const page = await open('/report/', desk);
    // Half-way down the 12,000 px page (at the very end the footer pushes the column up, as it should).
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const navTop = await page.evaluate(() => document.querySelector('.report-nav-body')!.getBoundingClientRect().top);
    expect(navTop).toBeGreaterThanOrEqual(0);
    expect(navTop).toBeLessThan(50);
    const twenty = report.units.find((unit) => unit.id === 'recommendation-20')!;
    const opening = twenty.text.split(' ').slice(0, 6).join(' ');
    const link = page.locator('.nav-units a[href="/recommendations/20/"]');
    const card = page.locator('#nav-card');
    expect(await card.isVisible()).toBe(false);
    await link.hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.innerText()).toContain('التوصية ٢٠');
    expect(await card.innerText()).toContain(opening);
    expect(await link.getAttribute('aria-describedby')).toBe('nav-card');
    await page.mouse.move(700, 10);
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.locator('.nav-units a[href="/paragraphs/3/"]').focus();
    await expect.poll(() => card.innerText()).toContain('الفقرة ٣');
    const box = (await card.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await close(page);
  });

  it('offers "on this page" beside /report/ and section pages, and a way back to the top', async () => {
    for (const path of ['/report/', '/sections/ii-a/']) {
      const page = await open(path, desk, false);
      const seen = await page.evaluate(() => {
        const aside = document.querySelector('.page-aside')!;
        const targets = [...aside.querySelectorAll('a')].map((link) => link.getAttribute('href')!);
        return {
          visible: aside.getBoundingClientRect().width > 0 && aside.querySelector('ol')!.getBoundingClientRect().height > 0,
          targets,
          missing: targets.filter((href) => href.startsWith('#') && !document.getElementById(href.slice(1))),
          backToTop: document.querySelectorAll('a[href="#top"]').length,
        };
      });
      expect(seen.visible, path).toBe(true);
      expect(seen.missing, path).toEqual([]);
      expect(seen.backToTop, path).toBeGreaterThanOrEqual(2);
      if (path === '/report/') for (const section of report.sections) expect(seen.targets).toContain(`#section-${section.id}`);
      else expect(seen.targets).toContain('#recommendation-12');
      await close(page);
    }
  });
});

describe('a phone (390×844)', () => {
  it.each(['/recommendations/20/', '/sections/ii-c/', '/report/', '/'])('%s: header under 15% of the screen, search in it, breadcrumb on one line', async (path) => {
    const page = await open(path, phone);
    const seen = await page.evaluate(() => {
      const header = document.querySelector('body > header')!.getBoundingClientRect();
      const search = document.querySelector<HTMLElement>('.site-search input')!.getBoundingClientRect();
      const steps = [...document.querySelectorAll('.breadcrumb li')].map((step) => step.getBoundingClientRect());
      const contents = document.querySelector('.report-nav') as HTMLDetailsElement;
      return {
        header: header.height,
        searchVisible: search.width > 100 && search.bottom <= header.bottom,
        breadcrumbLines: new Set(steps.map((step) => Math.round(step.top))).size,
        contentsOpen: contents.open,
        summaryHeight: contents.querySelector('summary')!.getBoundingClientRect().height,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(seen.header).toBeLessThanOrEqual(0.15 * phone.height);
    expect(seen.searchVisible).toBe(true);
    if (path !== '/' && path !== '/report/') expect(seen.breadcrumbLines).toBe(1);
    // The contents fold into one control.
    expect(seen.contentsOpen).toBe(false);
    expect(seen.summaryHeight).toBeGreaterThan(24);
    expect(seen.summaryHeight).toBeLessThan(60);
    expect(seen.overflow).toBeLessThanOrEqual(0);
    await close(page);
  });

  it('opens the folded contents without JavaScript and reaches a unit', async () => {
    const page = await open('/recommendations/20/', phone, false);
    await page.locator('.report-nav > summary').click();
    await page.locator('.nav-units a[href="/paragraphs/3/"]').click();
    await page.waitForURL(/\/paragraphs\/3\/$/);
    expect(await page.locator('h1').textContent()).toBe('الفقرة ٣');
    await close(page);
  });
});

describe('previous and next', () => {
  it('go to the unit of the same kind, numbers shown, previous on the right pointing right', async () => {
    const page = await open('/recommendations/31/', desk, false);
    const pager = await page.evaluate(() => {
      const card = (rel: string) => {
        const link = document.querySelector<HTMLAnchorElement>(`.pager a[rel="${rel}"]`)!;
        return { href: link.getAttribute('href'), text: link.textContent!.replace(/\s+/g, ' ').trim(), box: link.getBoundingClientRect().toJSON() };
      };
      return { previous: card('prev'), next: card('next') };
    });
    expect(pager.previous.href).toBe('/recommendations/30/');
    expect(pager.next.href).toBe('/recommendations/32/');
    expect(pager.previous.text).toContain('التوصية ٣٠');
    expect(pager.next.text).toContain('التوصية ٣٢');
    expect(pager.previous.text).toContain('→');
    expect(pager.next.text).toContain('←');
    expect(pager.previous.box.left).toBeGreaterThan(pager.next.box.right);
    await close(page);
  });

  it('stop at the last recommendation and the last paragraph', async () => {
    const last = recommendationNumbers.at(-1);
    for (const path of [`/recommendations/${last}/`, `/paragraphs/${paragraphNumbers.at(-1)}/`]) {
      const page = await open(path, desk, false);
      expect(await page.locator('.pager a[rel="next"]').count(), path).toBe(0);
      expect(await page.locator('.pager a[rel="prev"]').count(), path).toBe(1);
      await close(page);
    }
  });
});

describe('jump to a unit by its number', () => {
  it.each([
    ['٢٠', '/recommendations/20/'],
    ['20', '/recommendations/20/'],
    ['۳', '/paragraphs/3/'],
  ])('typing «%s» in the contents opens %s', async (typed, expected) => {
    const page = await open('/recommendations/12/', desk);
    await page.locator('#unit-jump-number').fill(typed);
    await page.locator('#unit-jump-number').press('Enter');
    await page.waitForURL((url) => url.pathname === expected);
    await close(page);
  });

  it('says which kinds carry a number both kinds use, and offers both', async () => {
    const page = await open('/paragraphs/1/', desk);
    await page.locator('#unit-jump-number').fill('١٤');
    await page.locator('#unit-jump-number').press('Enter');
    await page.waitForURL(/\/numbers\/\?n=/);
    const status = page.locator('[data-jump-status]');
    await expect.poll(() => status.textContent()).toContain('التوصية ١٤');
    expect(await status.textContent()).toContain('الفقرة ١٤');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/recommendations/14/');
    await close(page);
  });

  it('answers a number no unit carries', async () => {
    const page = await open('/numbers/?n=99', desk);
    expect(await page.locator('[data-jump-status]').textContent()).toContain('٩٩');
    expect(page.url()).toContain('/numbers/');
    await close(page);
  });

  it('without JavaScript, lands on a list of every number with the units that carry it', async () => {
    const page = await open('/recommendations/12/', desk, false);
    await page.locator('#unit-jump-number').fill('20');
    await page.locator('#unit-jump-number').press('Enter');
    await page.waitForURL(/\/numbers\/\?n=20/);
    const rows = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('li[data-number]')].map((row) => [
          row.getAttribute('data-number'),
          [...row.querySelectorAll('a')].map((link) => link.getAttribute('href')),
        ]),
      ),
    );
    expect(rows['20']).toEqual(['/recommendations/20/']);
    expect(rows['14']!.sort()).toEqual(['/paragraphs/14/', '/recommendations/14/']);
    expect(Object.keys(rows)).toHaveLength(new Set([...recommendationNumbers, ...paragraphNumbers]).size);
    await close(page);
  });
});

describe('light and dark', () => {
  it('follows the system, and the button\'s choice survives a reload and a new page', async () => {
    const context = await browser().newContext({ viewport: desk, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/recommendations/12/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const button = page.locator('.theme-toggle');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    const dark = await background();
    expect(dark).not.toBe(light);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${baseUrl}/report/`);
    expect(await background()).toBe(dark);
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.locator('.theme-toggle').click();
    await page.reload();
    expect(await background()).toBe(light);
    await context.close();
  });

  it('sets the theme before the first paint: a blocking script ahead of every stylesheet', async () => {
    const html = await (await fetch(`${baseUrl}/recommendations/12/`)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const script = head.indexOf('<script src="/theme.js"></script>');
    expect(script).toBeGreaterThan(0);
    expect(head.indexOf('rel="stylesheet"')).toBeGreaterThan(script);
    // And the saved choice is in place when the first element of <body> is parsed.
    const context = await browser().newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      new MutationObserver((_records, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/recommendations/12/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    await context.close();
  });

  it('prints light even when the screen is dark', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/recommendations/12/`);
    const screen = await page.evaluate(() => getComputedStyle(document.body).color);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => ({
      body: getComputedStyle(document.body).color,
      text: getComputedStyle(document.querySelector('.unit-text p')!).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(screen).not.toBe('rgb(0, 0, 0)');
    expect(printed).toEqual({ body: 'rgb(0, 0, 0)', text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    await context.close();
  });
});

describe('for readers, not for us', () => {
  it('keeps the Akoma Ntoso identifier and source-line notes behind "عن هذا النص"', async () => {
    const page = await open('/recommendations/12/', desk, false);
    const visibleText = () => page.evaluate(() => document.body.innerText);
    expect(await visibleText()).not.toMatch(/dbsect_|السطر/);
    await page.getByText('عن هذا النص').click();
    expect(await visibleText()).toMatch(/dbsect_ii__dbsect_a__recommendation_12/);
    await close(page);
  });

  it('on /notes/, groups notes by unit, says what was done in Arabic and shows no rule name until opened', async () => {
    const page = await open('/notes/', desk, false);
    const seen = await page.evaluate(() => ({
      text: document.querySelector('main')!.innerText,
      groups: [...document.querySelectorAll('.notes-group h2')].map((heading) => heading.textContent!.trim()),
      summaries: [...document.querySelectorAll('.note summary')].map((summary) => summary.textContent!.trim()),
    }));
    const passNames = [...new Set(report.readingOrderChanges.filter((change) => change.madeBy.kind === 'pass').map((change) => change.madeBy.name))];
    expect(passNames.length).toBeGreaterThan(0);
    for (const name of passNames) expect(seen.text).not.toContain(name);
    expect(seen.groups).toContain('التوصية ١٢');
    expect(new Set(seen.groups).size).toBe(seen.groups.length);
    for (const summary of seen.summaries) expect(summary).toMatch(/^السطر|^السطران|^الأسطر/);
    expect(seen.summaries.every((summary) => /[\u0600-\u06ff]{3,}.*[\u0600-\u06ff]{3,}/.test(summary.split(':').slice(1).join(':')))).toBe(true);
    await close(page);
  });

  it('opens the note a unit page links to', async () => {
    const page = await open('/recommendations/12/', desk);
    await page.getByText('عن هذا النص').click();
    const link = page.locator('.unit-notes a[href^="/notes/#"]').first();
    const anchor = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await page.waitForURL(/\/notes\/#/);
    expect(await page.locator(`#${anchor} details`).evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await close(page);
  });

  it('lets the home page table of contents be scanned: numbers underlined, first words not', async () => {
    const page = await open('/', desk);
    const decorations = await page.evaluate(() => ({
      number: getComputedStyle(document.querySelector('.toc-unit-number')!).textDecorationLine,
      preview: getComputedStyle(document.querySelector('.toc-unit-preview')!).textDecorationLine,
      previewLines: Math.round(
        document.querySelector('.toc-unit-preview')!.getBoundingClientRect().height / parseFloat(getComputedStyle(document.querySelector('.toc-unit-preview')!).lineHeight),
      ),
    }));
    expect(decorations).toEqual({ number: 'underline', preview: 'none', previewLines: 1 });
    await close(page);
  });
});
