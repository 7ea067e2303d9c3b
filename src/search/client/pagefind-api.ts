/**
 * The part of Pagefind's browser API (pagefind.js, written by the build into /pagefind/) that the
 * search page uses, and the one place that loads it: on the reader's first search, never before.
 */

import { lemmaCode } from '../lemma-codes';
import { lexiconFile, suggestionWordsFile, unitTextsFile } from '../index-names';
import type { UnitTexts } from '../records';
import type { Lexicon, SuggestionWords } from '../lexicon/build-lexicon';
import { loadLexicon, loadWords, type LoadedLexicon, type LoadedWords } from '../lexicon/lookup';

/** A filter selection: any of the listed values, per filter name. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** What `result.data()` resolves to (the fields the page reads). */
export interface PagefindResultData {
  url: string;
  /** What was indexed: the lemma code of each word piece, space-separated (records.ts). */
  content: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

/** One hit; its text is fetched only when `data()` is called. */
export interface PagefindResult {
  id: string;
  score?: number;
  data(): Promise<PagefindResultData>;
}

/** The loaded pagefind.js module. */
export interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

// A variable, not a literal, so that the bundler leaves the import to the browser.
const pagefindUrl = '/pagefind/pagefind.js';

/**
 * `load`, run on the first call and shared by every call after it; a failed load is forgotten,
 * so the next call tries again.
 */
function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** One of the search's JSON files beside the index, read as JSON; `what` names it in an error. */
async function fetchJson<T>(file: string, what: string): Promise<T> {
  const response = await fetch(`/${file}`);
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Pagefind, loaded and initialised on first use; a failed load is retried on the next call. */
export const loadPagefind = onFirstUse(async () => {
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  // The index is a few dozen records: searching on the main thread is instant and saves
  // downloading the worker script (about 43 KB) on the first search.
  await pagefind.options({ noWorker: true });
  await pagefind.init();
  // Every code is three Latin letters, so the index of codes is one chunk (5.9 KB here): fetch it
  // now rather than at the first lookup, after the wait for the reader's query.
  await pagefind.preload(lemmaCode(0));
  return pagefind;
});

/** The lexicon (lexicon/build-lexicon.ts), fetched on first use beside Pagefind; a failed load is retried. */
export const loadSearchLexicon: () => Promise<LoadedLexicon> = onFirstUse(async () =>
  loadLexicon(await fetchJson<Lexicon>(lexiconFile, 'search lexicon')),
);

/** The report's words for suggestions, fetched the first time a query has a word the report lacks. */
export const loadSuggestionWords: () => Promise<LoadedWords> = onFirstUse(async () =>
  loadWords(await fetchJson<SuggestionWords>(suggestionWordsFile, 'search suggestions')),
);

/** The units' texts by URL, for excerpts, fetched with the first results; a failed load is retried. */
export const loadUnitTexts: () => Promise<UnitTexts> = onFirstUse(() => fetchJson<UnitTexts>(unitTextsFile, 'search excerpts'));
