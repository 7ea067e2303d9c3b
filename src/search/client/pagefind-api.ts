/**
 * The part of Pagefind's browser API (pagefind.js, written by the build into /pagefind/) that the
 * search page uses, and the one place that loads it: when the reader goes to the search box or
 * searches, never before.
 */

import { lemmaCode } from '../lemma-codes';
import { lexiconFile, resultDataFile, suggestionWordsFile, unitTextsFile } from '../index-names';
import type { ResultData, ResultDataFile } from '../result-data';
import type { UnitTexts } from '../records';
import type { Lexicon, SuggestionWords } from '../lexicon/build-lexicon';
import { loadLexicon, loadWords, type LoadedLexicon, type LoadedWords } from '../lexicon/lookup';

/** A filter selection: any of the listed values, per filter name. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** What `result.data()` resolves to (the fields the page reads). */
export type PagefindResultData = ResultData;

/** One hit; its data comes from the result data file (result-data.ts), not from Pagefind's fragment. */
export interface PagefindResult {
  id: string;
  score?: number;
  data(): Promise<PagefindResultData>;
}

/** Searching the index: Pagefind's `search`. */
export interface Pagefind {
  search(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** The loaded pagefind.js module. */
interface PagefindModule {
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

/**
 * Pagefind, loaded and initialised on first use, with each result's data read from the result
 * data file instead of a fragment per result; a failed load is retried on the next call.
 */
export const loadPagefind = onFirstUse(async (): Promise<Pagefind> => {
  // Pagefind asks for its WebAssembly only once pagefind.js has run and read its entry file: ask
  // for it now, beside pagefind.js, and Pagefind's own request takes the preloaded response.
  const wasm = document.createElement('link');
  wasm.rel = 'preload';
  wasm.as = 'fetch';
  wasm.crossOrigin = 'anonymous';
  // The index is built for Arabic (forceLanguage 'ar', src/integrations/pagefind.ts).
  wasm.href = '/pagefind/wasm.ar.pagefind';
  document.head.append(wasm);
  const [pagefind, resultData] = await Promise.all([
    (async () => {
      const module = (await import(/* @vite-ignore */ pagefindUrl)) as PagefindModule;
      // The index is a few dozen records: searching on the main thread is instant and saves
      // downloading the worker script (about 43 KB) on the first search.
      await module.options({ noWorker: true });
      await module.init();
      // Every code is three Latin letters, so the index of codes is one chunk (5.9 KB here): fetch
      // it now rather than at the first lookup.
      await module.preload(lemmaCode(0));
      return module;
    })(),
    fetchJson<ResultDataFile>(resultDataFile, 'search results'),
  ]);
  return {
    async search(term, options) {
      const found = await pagefind.search(term, options);
      if (!found) return null;
      return {
        results: found.results.map(({ id, score }) => {
          const data = resultData[id];
          // Both files come from one build; a result without data means a stale or broken index.
          if (!data) throw new Error(`search results: no data for Pagefind result ${id}`);
          return { id, score, data: () => Promise.resolve(data) };
        }),
      };
    },
  };
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
