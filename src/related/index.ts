/** Related passages between recommendations and paragraphs; see `related.ts` for the method. */
export { relatedUnits, defaultLimit, defaultMinimumSharedWords, defaultThreshold } from './related';
export type { RelatableUnit, RelatedLink, RelatedOptions } from './related';
export { terms, tokenize, wordsOf } from './tokenize';
export { sharedWordsExplainer } from './explain';
export type { SharedWordsExplainer } from './explain';
export { normalizeArabic } from './normalize';
export { stemArabic } from './stem';
