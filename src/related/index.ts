/** Related passages between recommendations and paragraphs; see `related.ts` for the method. */
export { relatedUnits, defaultLimit, defaultThreshold } from './related';
export type { RelatableUnit, RelatedLink, RelatedOptions } from './related';
export { tokenize } from './tokenize';
export { normalizeArabic } from './normalize';
export { stemArabic } from './stem';
