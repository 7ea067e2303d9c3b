/** TF-IDF vectors over a small collection of passages, and the cosine between two of them. */

/** A sparse vector: term → weight, of unit length. */
export type TermVector = ReadonlyMap<string, number>;

/**
 * One unit-length TF-IDF vector per document, in the order given.
 * Term frequency is damped (1 + ln count) so that a word repeated in a long paragraph does not
 * outweigh several different shared words; inverse document frequency is ln(N / df), so a term
 * found in every document weighs nothing.
 */
export function tfidfVectors(documents: readonly (readonly string[])[]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return documents.map((terms) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const weights = new Map<string, number>();
    for (const [term, count] of counts) {
      const idf = Math.log(documents.length / documentFrequency.get(term)!);
      if (idf > 0) weights.set(term, (1 + Math.log(count)) * idf);
    }
    const length = Math.hypot(...weights.values());
    if (length > 0) for (const [term, weight] of weights) weights.set(term, weight / length);
    return weights;
  });
}

/** Cosine similarity of two unit-length vectors: 0 (nothing shared) to 1 (same terms, same weights). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}
