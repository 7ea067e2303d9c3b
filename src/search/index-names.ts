/**
 * Names shared by the index (records.ts, at build time) and the search page (in the browser):
 * kept apart so the page's script does not bundle the indexing code.
 */
import type { UnitKind } from '../report/schema';

/** The filter names; the reader sees only their Arabic values. */
export const filterNames = { kind: 'kind', section: 'section', unit: 'unit' } as const;

/** The sort key holding a unit's position in the document, zero-padded. */
export const documentOrderSort = 'order';

/** How the kind filter and the search page name a unit's kind. */
export const kindLabels: Record<UnitKind, string> = { recommendation: 'توصية', paragraph: 'فقرة' };

/** Where the build writes the lexicon (lexicon/build-lexicon.ts), relative to the site root. */
export const lexiconFile = 'pagefind/lexicon.json';

/** The report's words for "did you mean", fetched only when a query has a word the report lacks. */
export const suggestionWordsFile = 'pagefind/lexicon-words.json';

/** Each unit's text by URL, for excerpts (records.ts), fetched with the first results. */
export const unitTextsFile = 'pagefind/unit-texts.json';

/** Each result's URL, title, filters and codes by Pagefind's result id (result-data.ts), fetched with the first search. */
export const resultDataFile = 'pagefind/result-data.json';
