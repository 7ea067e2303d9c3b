/**
 * Drive the built search page in Chromium: open /search/ with a query string, wait until the page
 * says it is done, show every result ("more" until it disappears), and read what a reader sees.
 */
import type { Page } from 'playwright-core';

/** What the search page shows for one search. */
export interface SearchOutcome {
  /** Unit ids ("recommendation-12", "paragraph-5") of the results, in the order shown. */
  unitIds: string[];
  /** The status line ("٣ نتائج لـ«…»", "لا توجد نتائج…"). */
  status: string;
  /** The page's final state: "done", "idle" or "failed". */
  state: string;
  /** The results labelled as partial matches (unit ids). */
  partialIds: string[];
  /** The note under the status line (words the report does not use, suggestions); empty when hidden. */
  note: string;
  /** The suggested words offered as links in the note. */
  suggestions: string[];
}

const unitUrl = /^\/(recommendations|paragraphs)\/(\d+)\/$/;

/** "/recommendations/12/" → "recommendation-12". Throws on any other link: a result must be a unit page. */
export function unitIdFromHref(href: string): string {
  const match = unitUrl.exec(href);
  if (!match) throw new Error(`search result link is not a unit page: ${href}`);
  return `${match[1] === 'recommendations' ? 'recommendation' : 'paragraph'}-${match[2]}`;
}

/** Wait until the search page has finished its current search (or has nothing to search). */
export async function settled(page: Page): Promise<string> {
  const root = page.locator('[data-search-page]');
  await page.waitForFunction(() => {
    const state = document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state;
    return state === 'done' || state === 'idle' || state === 'failed';
  });
  return (await root.getAttribute('data-state')) ?? '';
}

/** Read the results currently shown, after pressing "more" until every result is listed. */
export async function readOutcome(page: Page): Promise<SearchOutcome> {
  let state = await settled(page);
  while (await page.locator('button[data-more]').isVisible()) {
    await page.locator('button[data-more]').click();
    state = await settled(page);
  }
  const hrefs = await page.locator('.search-result-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const partialHrefs = await page
    .locator('.search-result[data-partial] .search-result-title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const note = page.locator('[data-search-note]');
  return {
    unitIds: hrefs.map(unitIdFromHref),
    status: (await page.locator('[data-search-page] [role="status"]').textContent()) ?? '',
    state,
    partialIds: partialHrefs.map(unitIdFromHref),
    note: (await note.isVisible()) ? ((await note.textContent()) ?? '') : '',
    suggestions: await note.locator('a[data-suggestion]').evaluateAll((links) => links.map((link) => link.getAttribute('data-suggestion') ?? '')),
  };
}

/** Open /search/?q=<query> (the shareable link) and read the outcome. */
export async function searchByLink(page: Page, baseUrl: string, query: string, extra = ''): Promise<SearchOutcome> {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}${extra}`);
  return readOutcome(page);
}

/**
 * Type a query into the search box of a search page that is already open, as a reader does for
 * one query after another, press Enter and read the outcome. Filling the box fires `input` (the
 * page marks itself "typing") and Enter submits, so the outcome read is the new search's.
 */
export async function searchByTyping(page: Page, query: string): Promise<SearchOutcome> {
  const box = page.locator('[data-search-page] input[type="search"]');
  await box.fill(query);
  await box.press('Enter');
  return readOutcome(page);
}
