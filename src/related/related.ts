/**
 * Related passages: for each unit, the units of the other kind that speak of the same thing
 * (a recommendation and the deliberations that discussed it).
 *
 * Method: each unit's text is normalized (diacritics, tatweel, alef, ى and ة folded), split into
 * words, light-stemmed (joined particles and common endings removed) and cleared of stopwords
 * and of the formula words every unit shares. The stems and each pair of neighbouring stems
 * become TF-IDF vectors across all units; the score of a pair of units is their cosine.
 *
 * A link is shown when the score is at least `threshold` AND the two units share at least
 * `minimumSharedWords` different stems; each unit shows at most `limit` links, best first.
 * On the real report (README, "Related passages") every pair at 0.05 or more that shares two
 * words is one a reader finds apt (campaigns, civil society, supply chains, criminal networks,
 * capacity building), while pairs sharing one word, however rare ("دور", "تحقيق", "تواصل"),
 * are coincidences: hence the second condition.
 */
import { terms, tokenize, wordsOf } from './tokenize';
import { cosine, tfidfVectors } from './vectors';

/** What the related-passages module needs to know of a unit (a subset of the report's `unit`). */
export interface RelatableUnit {
  id: string;
  kind: 'recommendation' | 'paragraph';
  text: string;
}

/** One link from a unit to a related unit, with its score for audit and ordering. */
export interface RelatedLink {
  id: string;
  score: number;
}

/** Options for `relatedUnits`; the defaults are the ones the site uses. */
export interface RelatedOptions {
  /** Lowest cosine that counts as related. */
  threshold?: number;
  /** Fewest different stems two related units must share. */
  minimumSharedWords?: number;
  /** Most links a unit shows. */
  limit?: number;
}

/** The default lowest score a shown link has; see the comment at the top of this file. */
export const defaultThreshold = 0.05;
/** The default number of different stems a shown link shares. */
export const defaultMinimumSharedWords = 2;
/** The default number of related units a page shows at most. */
export const defaultLimit = 3;

/** For every unit id, its related units of the other kind, best first (possibly none). */
export function relatedUnits(
  units: readonly RelatableUnit[],
  {
    threshold = defaultThreshold,
    minimumSharedWords = defaultMinimumSharedWords,
    limit = defaultLimit,
  }: RelatedOptions = {},
): Map<string, RelatedLink[]> {
  const vocabulary = new Set(units.flatMap((unit) => wordsOf(unit.text)));
  const tokens = units.map((unit) => tokenize(unit.text, vocabulary));
  const stems = tokens.map((list) => new Set(list));
  const vectors = tfidfVectors(tokens.map(terms));
  const related = new Map<string, RelatedLink[]>();
  units.forEach((unit, index) => {
    const candidates: (RelatedLink & { position: number })[] = [];
    units.forEach((other, position) => {
      if (other.kind === unit.kind) return;
      const score = cosine(vectors[index]!, vectors[position]!);
      const shared = [...stems[index]!].filter((stem) => stems[position]!.has(stem)).length;
      if (score >= threshold && shared >= minimumSharedWords) candidates.push({ id: other.id, score, position });
    });
    // Ties fall back to document order so the output never depends on sort stability.
    candidates.sort((a, b) => b.score - a.score || a.position - b.position);
    related.set(unit.id, candidates.slice(0, limit).map(({ id, score }) => ({ id, score })));
  });
  return related;
}
