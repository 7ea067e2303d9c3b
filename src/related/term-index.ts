/**
 * An inverted index over TF-IDF vectors: for each term, the units that hold it and its weight
 * there. Adding up the products along the lists gives a unit's dot product with every unit it
 * shares a term with, at a cost that grows with the overlap between units rather than with the
 * square of their number.
 */
import type { TermVector } from './vectors';

/** The units holding one term (positions in the collection) and the term's weight in each. */
interface Holders {
  positions: number[];
  weights: number[];
}

/** Term → holders, for the units of one group (e.g. one kind). */
export type TermIndex = ReadonlyMap<string, Holders>;

/** Indexes the vectors at the given positions of the collection. */
export function termIndex(vectors: readonly TermVector[], positions: Iterable<number>): TermIndex {
  const index = new Map<string, Holders>();
  for (const position of positions) {
    for (const [term, weight] of vectors[position]!) {
      const holders = index.get(term);
      if (holders) {
        holders.positions.push(position);
        holders.weights.push(weight);
      } else index.set(term, { positions: [position], weights: [weight] });
    }
  }
  return index;
}

/**
 * Adds `vector`'s dot product with every indexed unit into `sums` (by position) and returns the
 * positions it touched. The sums equal the cosines up to rounding (the order of the additions
 * differs). The caller sets the touched entries back to 0 before the next call.
 */
export function accumulateDotProducts(vector: TermVector, index: TermIndex, sums: Float64Array): number[] {
  const touched: number[] = [];
  for (const [term, weight] of vector) {
    const holders = index.get(term);
    if (!holders) continue;
    const { positions, weights } = holders;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      if (sums[position] === 0) touched.push(position);
      sums[position]! += weight * weights[i]!;
    }
  }
  return touched;
}
