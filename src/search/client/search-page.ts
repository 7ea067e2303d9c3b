/**
 * The search page's behaviour: read the search from the URL, run it when the reader types or
 * changes a filter, keep the URL in step, and show the results. Pagefind is loaded on the first
 * search only (pagefind-api.ts).
 */
import { namedUnit, namedUnitIds } from '../unit-query';
import { pagefindQuery } from '../query';
import { documentOrderSort, filterNames } from '../index-names';
import { searchMessages } from '../messages';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-api';
import { renderResult } from './render';
import { pagefindFilters, paramsFromState, stateFromParams, type SearchState } from './search-state';

/** Results shown at once; "more" shows the next ones. */
const pageSize = 10;
/** Pause after the last keystroke before searching. */
const typingPauseMs = 200;
/** Longest query quoted back in a message; a pasted page is shortened. */
const quotedQueryLength = 60;

interface SearchPageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function quoted(query: string): string {
  const trimmed = query.trim().replace(/\s+/gu, ' ');
  return trimmed.length > quotedQueryLength ? `${trimmed.slice(0, quotedQueryLength)}…` : trimmed;
}

function readForm(elements: SearchPageElements): SearchState {
  const data = new FormData(elements.form);
  return {
    query: elements.input.value,
    kinds: data.getAll(filterNames.kind).map(String),
    sections: data.getAll(filterNames.section).map(String),
  };
}

function fillForm(elements: SearchPageElements, state: SearchState): void {
  elements.input.value = state.query;
  for (const box of elements.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const chosen = box.name === filterNames.kind ? state.kinds : state.sections;
    box.checked = chosen.includes(box.value);
  }
}

/**
 * Pagefind leaves out a query word that matches nothing and searches with the others, so
 * "الاتجار xyz" would list every unit about الاتجار. A reader expects every word to count: a word
 * found nowhere means no results. The index is already loaded, so each check is a lookup.
 */
async function everyWordFound(pagefind: Pagefind, query: string): Promise<boolean> {
  const words = query.split(' ');
  if (words.length < 2) return true;
  for (const word of words) {
    if (((await pagefind.search(word))?.results.length ?? 0) === 0) return false;
  }
  return true;
}

/** The units the query names (if any), then the keyword results, without repeats. */
async function findResults(state: SearchState): Promise<PagefindResult[]> {
  const pagefind = await loadPagefind();
  const filters = pagefindFilters(state);
  const query = pagefindQuery(state.query);
  const named = namedUnit(state.query);
  const namedIds = named ? namedUnitIds(named) : [];
  const byName =
    namedIds.length > 0
      ? ((await pagefind.search(null, {
          filters: { ...filters, [filterNames.unit]: { any: namedIds } },
          sort: { [documentOrderSort]: 'asc' },
        }))?.results ?? [])
      : [];
  const byWords =
    query === ''
      ? ((await pagefind.search(null, { filters, sort: { [documentOrderSort]: 'asc' } }))?.results ?? [])
      : (await everyWordFound(pagefind, query))
        ? ((await pagefind.search(query, { filters }))?.results ?? [])
        : [];
  const seen = new Set(byName.map((result) => result.id));
  return [...byName, ...byWords.filter((result) => !seen.has(result.id))];
}

/** Wire up the search page; `root` holds the form, the status line, the list and the "more" button. */
export function startSearchPage(root: HTMLElement): void {
  const elements: SearchPageElements = {
    form: root.querySelector('form')!,
    input: root.querySelector('input[type="search"]')!,
    status: root.querySelector('[role="status"]')!,
    list: root.querySelector('ol')!,
    more: root.querySelector('button[data-more]')!,
  };
  let latest = 0;
  let pending: PagefindResult[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showMore = async (searchNumber: number): Promise<void> => {
    const batch = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (searchNumber !== latest) return;
    elements.list.append(...data.map(renderResult));
    elements.more.hidden = pending.length === 0;
  };

  const run = async (): Promise<void> => {
    const searchNumber = ++latest;
    const state = readForm(elements);
    const params = paramsFromState(state);
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    const nothingAsked = state.query.trim() === '' && state.kinds.length === 0 && state.sections.length === 0;
    root.dataset.state = 'searching';
    elements.list.replaceChildren();
    elements.more.hidden = true;
    if (nothingAsked) {
      elements.status.textContent = searchMessages.prompt;
      root.dataset.state = 'idle';
      return;
    }
    // Punctuation or symbols only: nothing to look up, but the reader typed something.
    if (pagefindQuery(state.query) === '' && state.query.trim() !== '') {
      elements.status.textContent = searchMessages.noResults(quoted(state.query));
      root.dataset.state = 'done';
      return;
    }
    elements.status.textContent = searchMessages.loading;
    try {
      const results = await findResults(state);
      if (searchNumber !== latest) return;
      pending = results;
      elements.status.textContent =
        results.length === 0
          ? searchMessages.noResults(quoted(state.query))
          : searchMessages.found(results.length, quoted(state.query));
      await showMore(searchNumber);
      if (searchNumber === latest) root.dataset.state = 'done';
    } catch (error) {
      if (searchNumber !== latest) return;
      console.error(error);
      elements.status.textContent = searchMessages.failed;
      root.dataset.state = 'failed';
    }
  };

  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  elements.input.addEventListener('input', () => {
    clearTimeout(timer);
    // A search is coming: the old results and status no longer answer what is in the box.
    root.dataset.state = 'typing';
    timer = setTimeout(() => void run(), typingPauseMs);
  });
  elements.form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void run();
  });
  elements.more.addEventListener('click', async () => {
    const searchNumber = latest;
    root.dataset.state = 'searching';
    await showMore(searchNumber);
    if (searchNumber === latest) root.dataset.state = 'done';
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  fillForm(elements, initial);
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  // Folded by default on every screen, so the results start near the top; open when the link chose a filter.
  if (filters && (initial.kinds.length > 0 || initial.sections.length > 0)) filters.open = true;
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;
  void run();
}
