/**
 * Accessibility in Chromium: axe-core finds no WCAG 2.2 AA violation on each kind of page (at
 * desktop and phone widths, in the light and the dark theme); one h1 and headings in order; a skip link first; focus visible;
 * nothing wider than the screen on a 360 px phone or at 200% zoom; the keyboard reaches the text.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests } from './helpers/chromium';
import { pagesOfEachKind } from './helpers/site-facts';
import { findLowContrastText } from './helpers/text-contrast';

const baseUrl = inject('baseUrl');
const require = createRequire(import.meta.url);

const browser = chromiumForTests();
let axeSource: string;

beforeAll(async () => {
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});
async function openPage(path: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser().newPage({ viewport: { width, height: 800 }, colorScheme });
  await page.goto(baseUrl + path);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools: an injected <script> would be refused by the page's Content-Security-Policy.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

describe.each(pagesOfEachKind)('%s', (path) => {
  // Both themes: the system's light and dark (prefers-color-scheme), as a reader meets them.
  describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
    it.each([1280, 360])('has no WCAG 2.2 AA violation at %i px', async (width) => {
      const page = await openPage(path, width, colorScheme);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('has WCAG AA contrast on every text, Arabic included (which axe skips)', async () => {
      const page = await openPage(path, 1280, colorScheme);
      const checked = await page.evaluate(() => document.body.innerText.length);
      expect(checked).toBeGreaterThan(100);
      expect(await page.evaluate(findLowContrastText)).toEqual([]);
      await page.close();
    });
  });

  it('has one h1, headings that never skip a level, and main/header/footer landmarks', async () => {
    const page = await openPage(path, 1280);
    const structure = await page.evaluate(() => ({
      levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
      mains: document.querySelectorAll('main').length,
      banner: document.querySelectorAll('body > header').length,
      contentinfo: document.querySelectorAll('body > footer').length,
    }));
    expect(structure.levels.filter((level) => level === 1)).toHaveLength(1);
    expect(structure.levels[0]).toBe(1);
    const skips = structure.levels.filter((level, index) => index > 0 && level > structure.levels[index - 1]! + 1);
    expect(skips).toEqual([]);
    expect(structure).toMatchObject({ mains: 1, banner: 1, contentinfo: 1 });
    await page.close();
  });

  it.each([
    ['a 360 px phone', 360, 1],
    ['200% zoom of a 1280 px window', 1280, 2],
  ])('needs no sideways scrolling on %s', async (_label, width, zoom) => {
    const page = await browser().newPage({ viewport: { width: width / zoom, height: 800 / zoom }, deviceScaleFactor: zoom });
    await page.goto(baseUrl + path);
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
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
