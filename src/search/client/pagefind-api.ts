/**
 * The part of Pagefind's browser API (pagefind.js, written by the build into /pagefind/) that the
 * search page uses, and the one place that loads it: on the reader's first search, never before.
 */

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
  search(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

// A variable, not a literal, so that the bundler leaves the import to the browser.
const pagefindUrl = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded and initialised on first use; a failed load is retried on the next call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    // The index is a few dozen records: searching on the main thread is instant and saves
    // downloading the worker script (about 43 KB) on the first search.
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

let lexiconLoading: Promise<LoadedLexicon> | undefined;

/** The lexicon (lexicon/build-lexicon.ts), fetched on first use beside Pagefind; a failed load is retried. */
export function loadSearchLexicon(): Promise<LoadedLexicon> {
  lexiconLoading ??= (async () => {
    const response = await fetch(`/${lexiconFile}`);
    if (!response.ok) throw new Error(`search lexicon: HTTP ${response.status}`);
    return loadLexicon((await response.json()) as Lexicon);
  })().catch((error: unknown) => {
    lexiconLoading = undefined;
    throw error;
  });
  return lexiconLoading;
}

let wordsLoading: Promise<LoadedWords> | undefined;

/** The report's words for suggestions, fetched the first time a query has a word the report lacks. */
export function loadSuggestionWords(): Promise<LoadedWords> {
  wordsLoading ??= (async () => {
    const response = await fetch(`/${suggestionWordsFile}`);
    if (!response.ok) throw new Error(`search suggestions: HTTP ${response.status}`);
    return loadWords((await response.json()) as SuggestionWords);
  })().catch((error: unknown) => {
    wordsLoading = undefined;
    throw error;
  });
  return wordsLoading;
}

let textsLoading: Promise<UnitTexts> | undefined;

/** The units' texts by URL, for excerpts, fetched with the first results; a failed load is retried. */
export function loadUnitTexts(): Promise<UnitTexts> {
  textsLoading ??= (async () => {
    const response = await fetch(`/${unitTextsFile}`);
    if (!response.ok) throw new Error(`search excerpts: HTTP ${response.status}`);
    return (await response.json()) as UnitTexts;
  })().catch((error: unknown) => {
    textsLoading = undefined;
    throw error;
  });
  return textsLoading;
}
