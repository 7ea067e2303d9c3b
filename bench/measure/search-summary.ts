/** Arithmetic and wording for `npm run bench:search`, apart from the browser work. */

/** The middle value (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "48.3 KB" (1 KB = 1,000 bytes, as the budget is stated). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Files Pagefind writes already compressed (gzip inside): a host's compression does not shrink them. */
export function isPrecompressed(urlPath: string): boolean {
  return /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/.test(urlPath);
}
