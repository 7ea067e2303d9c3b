/**
 * Related passages: for each unit, the units of the other kind that speak of the same thing
 * (a recommendation and the deliberations that discussed it).
 *
 * Method: each unit's text is normalized (diacritics, tatweel, alef and ة/ى folding), split into
 * words, light-stemmed (joined particles and common endings removed) and cleared of stopwords
 * and of the formula words every unit shares. The stems become TF-IDF vectors across all units;
 * the score of a pair is their cosine. A unit shows at most `limit` units of the other kind,
 * best first, and only those scoring at least `threshold`.
 *
 * Threshold: 0.2 was chosen by reading the scores on the real report (README, "Related passages"):
 * pairs that restate one another score 0.35 and above, pairs sharing one topical word
 * ("ضحايا", "تنفيذ") stay below 0.15, and the band between holds pairs a reader finds apt.
 */
import { tokenize } from './tokenize';
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
  /** Most links a unit shows. */
  limit?: number;
}

/** The default lowest score a shown link has; see the comment at the top of this file. */
export const defaultThreshold = 0.2;
/** The default number of related units a page shows at most. */
export const defaultLimit = 3;

/** For every unit id, its related units of the other kind, best first (possibly none). */
export function relatedUnits(
  units: readonly RelatableUnit[],
  { threshold = defaultThreshold, limit = defaultLimit }: RelatedOptions = {},
): Map<string, RelatedLink[]> {
  const vectors = tfidfVectors(units.map((unit) => tokenize(unit.text)));
  const related = new Map<string, RelatedLink[]>();
  units.forEach((unit, index) => {
    const candidates: (RelatedLink & { position: number })[] = [];
    units.forEach((other, position) => {
      if (other.kind === unit.kind) return;
      const score = cosine(vectors[index]!, vectors[position]!);
      if (score >= threshold) candidates.push({ id: other.id, score, position });
    });
    // Ties fall back to document order so the output never depends on sort stability.
    candidates.sort((a, b) => b.score - a.score || a.position - b.position);
    related.set(unit.id, candidates.slice(0, limit).map(({ id, score }) => ({ id, score })));
  });
  return related;
}
