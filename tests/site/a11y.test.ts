/**
 * Accessibility in Chromium: axe-core finds no WCAG 2.2 AA violation on each kind of page (at
 * desktop and phone widths, in the light and the dark theme); one h1 and headings in order; a skip link first; focus visible;
 * nothing wider than the screen on a 360 px phone or at 200% zoom; the keyboard reaches the text.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './helpers/axe';
import { chromiumForTests, pagesForTests } from './helpers/chromium';
import { pagesOfEachKind } from './helpers/site-facts';
import { findLowContrastText } from './helpers/text-contrast';

const baseUrl = inject('baseUrl');

const browser = chromiumForTests();
// One context per window size and theme, shared by the nine pages opened in it.
const newPage = pagesForTests(browser);

async function openPage(path: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await newPage({ viewport: { width, height: 800 }, colorScheme });
  await page.goto(baseUrl + path);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** How far the page is wider than the window, in CSS pixels (0 or less: no sideways scrolling). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * What is wrong with the page's structure: not exactly one h1 or not first, a heading that skips
 * a level, or not one main, banner and contentinfo landmark. Empty when all is well.
 */
async function headingStructure(page: Page): Promise<string[]> {
  const structure = await page.evaluate(() => ({
    levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
    mains: document.querySelectorAll('main').length,
    banner: document.querySelectorAll('body > header').length,
    contentinfo: document.querySelectorAll('body > footer').length,
  }));
  const problems: string[] = [];
  const h1s = structure.levels.filter((level) => level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 headings`);
  if (structure.levels[0] !== 1) problems.push(`the first heading is h${structure.levels[0]}`);
  structure.levels.forEach((level, index) => {
    if (index > 0 && level > structure.levels[index - 1]! + 1) problems.push(`h${structure.levels[index - 1]} followed by h${level}`);
  });
  for (const [landmark, count] of [['main', structure.mains], ['body > header', structure.banner], ['body > footer', structure.contentinfo]] as const) {
    if (count !== 1) problems.push(`${count} ${landmark}`);
  }
  return problems;
}

// Each check has a page of its own; they run side by side (axe works while another page loads).
describe.concurrent('every kind of page', () => {
  describe.each(pagesOfEachKind)('%s', (path) => {
    // Both themes: the system's light and dark (prefers-color-scheme), as a reader meets them. Each
    // page is opened once per theme and width, and every check that needs that view is made on it.
    describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
      it('has no WCAG 2.2 AA violation at 1280 px, and WCAG AA contrast on every text, Arabic included (which axe skips)', async () => {
        const page = await openPage(path, 1280, colorScheme);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
        expect(await axeViolations(page)).toEqual([]);
        const checked = await page.evaluate(() => document.body.innerText.length);
        expect(checked).toBeGreaterThan(100);
        expect(await page.evaluate(findLowContrastText)).toEqual([]);
        if (colorScheme === 'light') expect(await headingStructure(page)).toEqual([]);
        await page.close();
      });

      it('has no WCAG 2.2 AA violation on a 360 px phone, and needs no sideways scrolling there', async () => {
        const page = await openPage(path, 360, colorScheme);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
        expect(await axeViolations(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        await page.close();
      });
    });

    it('needs no sideways scrolling at 200% zoom of a 1280 px window', async () => {
      const zoom = 2;
      const page = await newPage({ viewport: { width: 1280 / zoom, height: 800 / zoom }, deviceScaleFactor: zoom });
      await page.goto(baseUrl + path);
      await page.evaluate(() => document.fonts.ready);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    });
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and the skip link moves focus to <main>', async () => {
    const page = await openPage('/recommendations/12/', 1280);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
      visible: (() => {
        const box = document.activeElement!.getBoundingClientRect();
        return box.bottom > 0 && box.height > 0;
      })(),
    }));
    expect(first).toEqual({ text: 'انتقل إلى المحتوى', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('shows a visible focus outline on links and buttons', async () => {
    const page = await openPage('/recommendations/12/', 1280);
    const styles: { tag: string; outline: string }[] = [];
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('Tab');
      styles.push(
        await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return { tag: document.activeElement!.tagName, outline: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    for (const { outline } of styles) expect(outline).toMatch(/^solid [23]px$/);
    expect(styles.map((style) => style.tag)).toContain('INPUT');
    await page.close();
  });
});
