/**
 * The matched words in search results (<mark>) as a reader sees them: readable (WCAG AA contrast
 * against their own background) and told apart from the words around them, in the light and the
 * dark theme, whether the system chose the theme (prefers-color-scheme) or the reader did with the
 * theme button (saved, applied on the next page load); with forced colours; and on paper, where
 * backgrounds are not printed. Real build, real Pagefind index, Chromium.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './helpers/axe';
import { chromiumForTests } from './helpers/chromium';
import { findLowContrastText } from './helpers/text-contrast';
import { searchByLink } from '../support/search-results';

const baseUrl = inject('baseUrl');
const browser = chromiumForTests();
// A word of two units' text: the results show it marked.
const query = 'التقارير';

interface ThemeChoice {
  how: string;
  /** The system's colour scheme (prefers-color-scheme). */
  system: 'light' | 'dark';
  /** Whether the reader presses the theme button (saved, applied on the next page load). */
  button: boolean;
  /** The theme the page must then show. */
  theme: 'light' | 'dark';
}

/** How each theme can come about: the system's choice, or the reader's button on the other system. */
const themeChoices: ThemeChoice[] = [
  { how: 'the system is light', system: 'light', button: false, theme: 'light' },
  { how: 'the system is dark', system: 'dark', button: false, theme: 'dark' },
  { how: 'the reader chose dark with the button on a light system', system: 'light', button: true, theme: 'dark' },
  { how: 'the reader chose light with the button on a dark system', system: 'dark', button: true, theme: 'light' },
];

/** Each mark beside the text around it: weight, and background as painted (translucent layers composited). */
function marksBesideTheirText(): { text: string; weight: number; textWeight: number; background: string; textBackground: string }[] {
  const painted = (element: Element): string => {
    let colour = [255, 255, 255];
    const layers: number[][] = [];
    for (let current: Element | null = element; current; current = current.parentElement) {
      layers.push(getComputedStyle(current).backgroundColor.match(/[\d.]+/g)!.map(Number));
    }
    for (const [red, green, blue, alpha = 1] of layers.reverse()) {
      colour = [red!, green!, blue!].map((channel, index) => channel * alpha + colour[index]! * (1 - alpha));
    }
    return `rgb(${colour.map(Math.round).join(', ')})`;
  };
  return [...document.querySelectorAll('.search-result-excerpt mark')].map((mark) => ({
    text: mark.textContent!,
    weight: Number(getComputedStyle(mark).fontWeight),
    textWeight: Number(getComputedStyle(mark.parentElement!).fontWeight),
    background: painted(mark),
    textBackground: painted(mark.parentElement!),
  }));
}

/** Search page with the query's results and their marks shown, in the theme chosen as `choice` says. */
async function resultsPage(choice: ThemeChoice): Promise<Page> {
  // A context of its own: the button's choice is saved in the browser.
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, colorScheme: choice.system });
  const page = await context.newPage();
  await searchByLink(page, baseUrl, query);
  if (choice.button) {
    await page.locator('.theme-toggle').click();
    await page.reload();
    await page.locator('.search-result-excerpt mark').first().waitFor();
  }
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(choice.theme);
  expect(await page.locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
  return page;
}

describe.concurrent('the matched words in search results', () => {
  it.each(themeChoices)('are readable and stand out when $how', async (choice) => {
    const page = await resultsPage(choice);
    expect(await page.evaluate(findLowContrastText)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    for (const mark of await page.evaluate(marksBesideTheirText)) {
      // A highlight of its own, and bold: a cue that needs no colour (nor a printed background).
      expect(mark.background, mark.text).not.toBe(mark.textBackground);
      expect(mark.weight, mark.text).toBeGreaterThanOrEqual(700);
      expect(mark.textWeight, mark.text).toBeLessThan(mark.weight);
    }
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('keep system colours that read and stand out with forced colours on a %s system', async (system) => {
    const page = await resultsPage({ how: '', system, button: false, theme: system });
    await page.emulateMedia({ colorScheme: system, forcedColors: 'active' });
    expect(await page.evaluate(findLowContrastText)).toEqual([]);
    for (const mark of await page.evaluate(marksBesideTheirText)) expect(mark.background, mark.text).not.toBe(mark.textBackground);
    await page.context().close();
  });

  it('stay bold on paper, where the highlight is not printed', async () => {
    const page = await resultsPage(themeChoices[1]!);
    await page.emulateMedia({ media: 'print' });
    const marks = await page.evaluate(marksBesideTheirText);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.textWeight, mark.text).toBeLessThan(mark.weight);
    await page.context().close();
  });
});
