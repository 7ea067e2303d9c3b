/**
 * Direction and language: every page is lang="ar" dir="rtl"; body text computes as rtl; every
 * Latin run inside the document text is marked lang="en", computes as ltr and is isolated; and
 * the site's CSS uses logical properties only.
 */
import { readFile } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForTests, pagesForTests } from './helpers/chromium';
import { htmlFiles, pagesOfEachKind } from './helpers/site-facts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

const browser = chromiumForTests();
// The pages share one context, as one reader's tabs do.
const newPage = pagesForTests(browser);

describe('document language and direction', () => {
  it('is lang="ar" dir="rtl" on every built page', async () => {
    const wrong: string[] = [];
    for (const file of await htmlFiles(distDir)) {
      const html = await readFile(path.join(distDir, file), 'utf8');
      if (!/^<!DOCTYPE html><html lang="ar" dir="rtl">/i.test(html)) wrong.push(file);
    }
    expect(wrong).toEqual([]);
  });

  it.each(pagesOfEachKind)('computes rtl for the body text of %s', async (pagePath) => {
    const page = await newPage();
    await page.goto(baseUrl + pagePath);
    const directions = await page.evaluate(() =>
      [...document.querySelectorAll('main p, main h1')].map((element) => getComputedStyle(element).direction),
    );
    expect(directions.length).toBeGreaterThan(0);
    expect(new Set(directions)).toEqual(new Set(['rtl']));
    await page.close();
  });
});

describe('Latin runs in the document text', () => {
  it('are all marked lang="en", computed ltr and isolated from the Arabic around them', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/report/`);
    const runs = await page.evaluate(() => {
      const marked = [...document.querySelectorAll('.unit-text [lang="en"]')].map((element) => ({
        text: element.textContent,
        unit: element.closest('article')!.id,
        direction: getComputedStyle(element).direction,
        bidi: getComputedStyle(element).unicodeBidi,
      }));
      const unmarked: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement!.closest('.unit-text')) continue;
        if (/[A-Za-z]/.test(node.textContent!) && !node.parentElement!.closest('[lang="en"]')) unmarked.push(node.textContent!);
      }
      return { marked, unmarked };
    });
    expect(runs.unmarked).toEqual([]);
    // The issue names two: REDTRAM (paragraph 16) and the English handbook title (paragraph 17).
    expect(runs.marked.some((run) => run.text === 'REDTRAM')).toBe(true);
    // The title's quotation marks are inside its run, so it reads "Handbook … workers" left to right even when it wraps.
    expect(runs.marked.some((run) => run.unit === 'paragraph-17' && run.text!.startsWith('"Handbook on how to prevent') && run.text!.endsWith('private domestic workers"'))).toBe(true);
    for (const run of runs.marked) expect(run).toMatchObject({ direction: 'ltr', bidi: 'isolate' });
    await page.close();
  });

  it('keep their trailing punctuation in place: the job number reads "V.19-09259 (A)" left to right', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/`);
    // Without isolation the final ")" of "(A)" at the end of an Arabic line jumps to the far
    // left of the run and reads "(V.19-09259 (A". Measure where each character is drawn.
    const positions = await page.evaluate(() => {
      const run = [...document.querySelectorAll('.masthead [lang="en"]')].find((element) => element.textContent!.startsWith('V.'))!;
      const text = run.firstChild!;
      const leftOf = (index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().left;
      };
      const content = text.textContent!;
      const style = getComputedStyle(run);
      return {
        content,
        style: { direction: style.direction, unicodeBidi: style.unicodeBidi },
        first: leftOf(0),
        letterA: leftOf(content.lastIndexOf('A')),
        last: leftOf(content.length - 1),
      };
    });
    expect(positions.content).toMatch(/^V\.19-09259 \(A\)$/);
    expect(positions.style).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
    expect(positions.first).toBeLessThan(positions.letterA);
    expect(positions.letterA).toBeLessThan(positions.last);
    await page.close();
  });
});

describe('CSS', () => {
  // Physical properties that would have to be flipped by hand for a right-to-left page.
  const physical = /(?:^|[;{\s])(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right|float\s*:\s*(?:left|right)|text-align\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right))\s*:/m;

  it('uses logical properties only, in every stylesheet and <style> the site ships', async () => {
    const assets = path.join(distDir, '_astro');
    const sheets = (await readdir(assets)).filter((name) => name.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const name of sheets) {
      const css = await readFile(path.join(assets, name), 'utf8');
      const match = css.match(physical);
      if (match) offenders.push(`${name}: …${css.slice(Math.max(0, match.index! - 40), match.index! + 40)}…`);
    }
    for (const file of await htmlFiles(distDir)) {
      const html = await readFile(path.join(distDir, file), 'utf8');
      for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        const match = css!.match(physical);
        if (match) offenders.push(`${file}: …${css!.slice(Math.max(0, match.index! - 40), match.index! + 40)}…`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
