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

/** Resolves once the search page has finished its current search (or has nothing to search). */
function searchSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const state = document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state;
    return state === 'done' || state === 'idle' || state === 'failed';
  });
}

/** Wait until the search page has finished its current search (or has nothing to search). */
export async function settled(page: Page): Promise<string> {
  await searchSettled(page);
  return (await page.locator('[data-search-page]').getAttribute('data-state')) ?? '';
}

/** What the page shows once a search has settled, read in one call: `more` says whether "more" is offered. */
interface Shown {
  state: string;
  hrefs: string[];
  partialHrefs: string[];
  status: string;
  note: string;
  suggestions: string[];
  more: boolean;
}

/**
 * Reads the page as it stands, in the page itself: one round trip to the browser instead of one
 * per element, which on a loaded machine took most of a search's time. "Visible" is what
 * Playwright's isVisible means: rendered with a box, and not `visibility: hidden`. The status line
 * and the note must each be on the page exactly once.
 */
function readShown(): Shown {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const only = (selector: string): HTMLElement => {
    const found = document.querySelectorAll<HTMLElement>(selector);
    if (found.length !== 1) throw new Error(`expected one ${selector} on the search page, found ${found.length}`);
    return found[0]!;
  };
  const visible = (element: Element | null): boolean => {
    if (!element || !element.checkVisibility({ visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const hrefs = (selector: string) => [...document.querySelectorAll(selector)].map((link) => link.getAttribute('href') ?? '');
  const note = only('[data-search-note]');
  return {
    state: root?.dataset.state ?? '',
    hrefs: hrefs('.search-result-title a'),
    partialHrefs: hrefs('.search-result[data-partial] .search-result-title a'),
    status: only('[data-search-page] [role="status"]').textContent ?? '',
    note: visible(note) ? (note.textContent ?? '') : '',
    suggestions: [...note.querySelectorAll('a[data-suggestion]')].map((link) => link.getAttribute('data-suggestion') ?? ''),
    more: visible(document.querySelector('button[data-more]')),
  };
}

/** Read the results currently shown, after pressing "more" until every result is listed. */
export async function readOutcome(page: Page): Promise<SearchOutcome> {
  await searchSettled(page);
  let shown = await page.evaluate(readShown);
  while (shown.more) {
    await page.locator('button[data-more]').click();
    await searchSettled(page);
    shown = await page.evaluate(readShown);
  }
  return {
    unitIds: shown.hrefs.map(unitIdFromHref),
    status: shown.status,
    state: shown.state,
    partialIds: shown.partialHrefs.map(unitIdFromHref),
    note: shown.note,
    suggestions: shown.suggestions,
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
  // The box has the focus once filled: the key goes to it, as a reader's would.
  await page.keyboard.press('Enter');
  return readOutcome(page);
}
