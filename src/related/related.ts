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
import { accumulateDotProducts, termIndex } from './term-index';
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
  // Comparing every pair took minutes on a 4,100-unit report. Instead, each unit's dot products
  // with the units of the other kind are summed through an index of terms (only units sharing a
  // term are touched), and the exact cosine is taken only for the best of them: enough to be
  // sure of the top `limit`, so the links are the same as comparing every pair.
  const positionsOf = (kind: RelatableUnit['kind']) => units.flatMap((unit, position) => (unit.kind === kind ? [position] : []));
  const indexOf = { recommendation: termIndex(vectors, positionsOf('recommendation')), paragraph: termIndex(vectors, positionsOf('paragraph')) };
  const sums = new Float64Array(units.length);
  const related = new Map<string, RelatedLink[]>();
  units.forEach((unit, index) => {
    const otherKind = unit.kind === 'recommendation' ? 'paragraph' : 'recommendation';
    const touched = accumulateDotProducts(vectors[index]!, indexOf[otherKind], sums);
    const pool = threshold > 0 ? touched : positionsOf(otherKind);
    const estimates = pool
      .filter((position) => sums[position]! >= threshold - roundingMargin)
      .map((position) => ({ position, estimate: sums[position]! }))
      .sort((a, b) => b.estimate - a.estimate || a.position - b.position);
    for (const position of touched) sums[position] = 0;

    const candidates: (RelatedLink & { position: number; estimate: number })[] = [];
    for (const { position, estimate } of estimates) {
      // Past the `limit`-th accepted estimate (less the rounding margin), nothing can rank higher.
      const last = candidates.length >= limit ? candidates[limit - 1] : undefined;
      if (limit <= 0 || (last && estimate < last.estimate - roundingMargin)) break;
      if (!sharesAtLeast(stems[index]!, stems[position]!, minimumSharedWords)) continue;
      const score = cosine(vectors[index]!, vectors[position]!);
      if (score >= threshold) candidates.push({ id: units[position]!.id, score, position, estimate });
    }
    // Ties fall back to document order so the output never depends on sort stability.
    candidates.sort((a, b) => b.score - a.score || a.position - b.position);
    related.set(unit.id, candidates.slice(0, limit).map(({ id, score }) => ({ id, score })));
  });
  return related;
}

/**
 * Whether two sets have `count` members in common. It stops at the `count`-th: on a report of
 * 4,100 units each unit's best candidates are checked by the hundred, and counting every shared
 * stem of each, in a new array each time, was a second of the build.
 */
function sharesAtLeast(a: ReadonlySet<string>, b: ReadonlySet<string>, count: number): boolean {
  if (count <= 0) return true;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let found = 0;
  for (const member of small) if (large.has(member) && ++found >= count) return true;
  return false;
}

/** Far above the rounding error of summing a few hundred products, far below any real score gap. */
const roundingMargin = 1e-9;
