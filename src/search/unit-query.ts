/**
 * Queries that name a unit: "التوصية 12", "توصية ١٢", "الفقرة 5", "فقرة ٥", or only "12". The
 * search page shows the named units first, then the keyword results.
 */
import { foldWord } from './lexicon/letters';
import { unitId } from '../report/addresses';
import { toWesternDigits } from '../text/arabic/digits';

/** A unit named by a query. `kind` is absent when only a number was typed ("12" names both التوصية ١٢ and الفقرة ١٢). */
export interface NamedUnit {
  kind?: 'recommendation' | 'paragraph';
  number: number;
}

export { toWesternDigits };

// ة is often typed as ه; the article and the space before the number are optional.
const recommendation = /^(?:ال)?توصي[ةه]$/u;
const paragraph = /^(?:ال)?فقر[ةه]$/u;
// Unit numbers are small; a longer number is a year or a document number, not a unit.
const unitNumber = /^\d{1,3}$/u;

/** The unit a query names, or undefined when the query is not exactly a unit's name. */
export function namedUnit(query: string): NamedUnit | undefined {
  const words = toWesternDigits(foldWord(query))
    .replace(/[\p{P}\p{S}]/gu, ' ')
    // "التوصية12" typed without a space.
    .replace(/(\D)(\d)/gu, '$1 $2')
    .trim()
    .split(/\s+/u);
  if (words.length === 1 && unitNumber.test(words[0]!)) return { number: Number(words[0]) };
  if (words.length !== 2 || !unitNumber.test(words[1]!)) return undefined;
  const number = Number(words[1]);
  if (recommendation.test(words[0]!)) return { kind: 'recommendation', number };
  if (paragraph.test(words[0]!)) return { kind: 'paragraph', number };
  return undefined;
}

/** The ids of the units a name can mean: "recommendation-12", or both kinds for a bare number. */
export function namedUnitIds(named: NamedUnit): string[] {
  const kinds = named.kind ? [named.kind] : (['recommendation', 'paragraph'] as const);
  return kinds.map((kind) => unitId(kind, named.number));
}
