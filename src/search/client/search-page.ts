/**
 * The search page's behaviour: read the search from the URL, run it when the reader types or
 * changes a filter, keep the URL in step, and show the results. Pagefind and the search's files
 * are loaded when the reader goes to the box or searches, never before (pagefind-api.ts).
 */
import { namedUnit, namedUnitIds } from '../unit-query';
import { parseQuery } from '../query';
import { documentOrderSort, filterNames } from '../index-names';
import { searchMessages } from '../messages';
import { loadPagefind, loadSearchLexicon, loadSuggestionWords, loadUnitTexts, type PagefindResult } from './pagefind-api';
import { renderResult, type ResultMatch } from './render';
import { searchUnits, type AbsentWord } from './search-engine';
import { pagefindFilters, paramsFromState, stateFromParams, type SearchState } from './search-state';

/** Results shown at once; "more" shows the next ones. */
const pageSize = 10;
/**
 * Pause after a typed keystroke before searching, so that a word is not searched letter by
 * letter; short, because the search itself takes a few tens of milliseconds once loaded and a
 * result is due within 300 ms of the last keystroke. Pasted or dropped text, a chosen
 * suggestion or the box's clear button search at once.
 */
const typingPauseMs = 120;
/** Longest query quoted back in a message; a pasted page is shortened. */
const quotedQueryLength = 60;

interface SearchPageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  note: HTMLElement;
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

/** A result to show, with how it matched. */
interface Shown {
  result: PagefindResult;
  match: ResultMatch;
}

/** What a search found: the units to show, whether they are partial matches, and the words the report lacks. */
interface Findings {
  shown: Shown[];
  partial: boolean;
  absent: AbsentWord[];
}

/** The units the query names (if any), then the units with the words, without repeats. */
async function findResults(state: SearchState): Promise<Findings> {
  const [pagefind, lexicon] = await Promise.all([loadPagefind(), loadSearchLexicon()]);
  const filters = pagefindFilters(state);
  const named = namedUnit(state.query);
  const namedIds = named ? namedUnitIds(named) : [];
  const byName =
    namedIds.length > 0
      ? ((await pagefind.search(null, {
          filters: { ...filters, [filterNames.unit]: { any: namedIds } },
          sort: { [documentOrderSort]: 'asc' },
        }))?.results ?? [])
      : [];
  if (parseQuery(state.query).length === 0) {
    const listed = state.query.trim() === '' ? ((await pagefind.search(null, { filters, sort: { [documentOrderSort]: 'asc' } }))?.results ?? []) : [];
    return { shown: [...byName, ...listed].map((result) => ({ result, match: { codes: new Set() } })), partial: false, absent: [] };
  }
  const answer = await searchUnits(pagefind, lexicon, state.query, filters, loadSuggestionWords);
  const seen = new Set(byName.map((result) => result.id));
  // A query that names a unit ("التوصية 12", even one that does not exist) adds by its words only
  // units that have them all, never partial matches of "التوصية" alone.
  const units = named && answer.partial ? [] : answer.units.filter((unit) => !seen.has(unit.result.id));
  return {
    shown: [
      ...byName.map((result) => ({ result, match: { codes: answer.codes } })),
      ...units.map((unit) => ({
        result: unit.result,
        match: { codes: answer.codes, partial: answer.partial ? { has: unit.has, lacks: unit.lacks } : undefined },
      })),
    ],
    partial: !named && answer.partial,
    absent: named ? [] : answer.absent,
  };
}

/** The note under the status line: each word the report does not use, with a suggestion as a link. */
function showAbsent(note: HTMLElement, absent: AbsentWord[]): void {
  note.replaceChildren();
  note.hidden = absent.length === 0;
  for (const { word, suggestion } of absent) {
    const line = document.createElement('span');
    line.className = 'search-absent';
    line.append(searchMessages.absentWord(quoted(word)));
    if (suggestion) {
      const link = document.createElement('a');
      link.href = `?q=${encodeURIComponent(suggestion)}`;
      link.textContent = `«${suggestion}»`;
      link.dataset.suggestion = suggestion;
      line.append(` ${searchMessages.didYouMean} `, link, '؟');
    }
    note.append(line, ' ');
  }
}

/** Whether an input event is a typed key (a letter, a deletion), as opposed to a paste, a drop or a whole new value. */
function isKeystroke(event: Event): boolean {
  return event instanceof InputEvent && (event.inputType === 'insertText' || event.inputType === 'insertCompositionText' || event.inputType.startsWith('delete'));
}

/** Wire up the search page; `root` holds the form, the status line, the list and the "more" button. */
export function startSearchPage(root: HTMLElement): void {
  const elements: SearchPageElements = {
    form: root.querySelector('form')!,
    input: root.querySelector('input[type="search"]')!,
    status: root.querySelector('[role="status"]')!,
    note: root.querySelector('[data-search-note]')!,
    list: root.querySelector('ol')!,
    more: root.querySelector('button[data-more]')!,
  };
  let latest = 0;
  let pending: Shown[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showMore = async (searchNumber: number): Promise<void> => {
    const batch = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const [data, texts] = await Promise.all([Promise.all(batch.map((shown) => shown.result.data())), loadUnitTexts()]);
    if (searchNumber !== latest) return;
    elements.list.append(...data.map((one, index) => renderResult(one, texts[one.url] ?? '', batch[index]!.match)));
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
    showAbsent(elements.note, []);
    elements.more.hidden = true;
    if (nothingAsked) {
      elements.status.textContent = searchMessages.prompt;
      root.dataset.state = 'idle';
      return;
    }
    // Punctuation or symbols only: nothing to look up, but the reader typed something.
    if (parseQuery(state.query).length === 0 && state.query.trim() !== '') {
      elements.status.textContent = searchMessages.noResults(quoted(state.query));
      root.dataset.state = 'done';
      return;
    }
    elements.status.textContent = searchMessages.loading;
    try {
      const findings = await findResults(state);
      if (searchNumber !== latest) return;
      pending = findings.shown;
      const count = findings.shown.length;
      elements.status.textContent =
        count === 0
          ? searchMessages.noResults(quoted(state.query))
          : findings.partial
            ? searchMessages.partialFound(count, quoted(state.query))
            : searchMessages.found(count, quoted(state.query));
      showAbsent(elements.note, findings.absent);
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
  // Fetch what every search needs when the reader goes to the box (a click, a tap, the "/" key),
  // so that the files arrive while the reader types. A failed load is tried again by the search,
  // which reports it.
  const loadAhead = (): void => void Promise.all([loadPagefind(), loadSearchLexicon(), loadUnitTexts()]).catch(() => {});
  elements.input.addEventListener('focus', loadAhead, { once: true });
  elements.input.addEventListener('input', (event) => {
    clearTimeout(timer);
    // A search is coming: the old results and status no longer answer what is in the box, and a
    // search still running for the old text must not show its results.
    latest++;
    root.dataset.state = 'typing';
    if (elements.input.value.trim() !== '') loadAhead();
    if (isKeystroke(event)) timer = setTimeout(() => void run(), typingPauseMs);
    else void run();
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
