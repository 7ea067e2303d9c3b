/**
 * Turns a Lighthouse result into what a maintainer reads: one line of category scores per page,
 * and for every category below 100 the audits that cost points, with Lighthouse's own numbers.
 */

/** The four categories the site must score 100 in, in the order they are printed. */
export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The parts of a Lighthouse result (LHR) this summary reads. */
export interface LighthouseResult {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; details?: unknown }
  >;
}

/** One audit that cost a category points. */
export interface FailingAudit {
  category: string;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
  /** Up to three offending items (selectors, URLs) as Lighthouse lists them. */
  items: string[];
}

/** Scores as whole numbers 0–100 per category; null when Lighthouse could not score it. */
export function categoryScores(result: LighthouseResult): Record<string, number | null> {
  return Object.fromEntries(
    lighthouseCategories.map((id) => {
      const score = result.categories[id]?.score;
      return [id, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  );
}

/** "mobile   /report/                 performance 100  accessibility 100  best-practices 100  seo 100" */
export function scoreLine(preset: string, pagePath: string, result: LighthouseResult): string {
  const scores = categoryScores(result);
  const cells = lighthouseCategories.map((id) => `${id} ${scores[id] ?? '—'}`.padEnd(id.length + 5));
  return `${preset.padEnd(8)} ${pagePath.padEnd(24)} ${cells.join(' ')}`.trimEnd();
}

/** Every weighted audit of a category below 100 that did not pass, so the cause is named precisely. */
export function failingAudits(result: LighthouseResult): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of lighthouseCategories) {
    const entry = result.categories[category];
    if (!entry || entry.score === 1) continue;
    for (const ref of entry.auditRefs) {
      const audit = result.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      // Unweighted performance diagnostics do not move the score; accessibility audits weigh
      // by impact, so keep every failed one there.
      if (ref.weight === 0 && category === 'performance') continue;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        items: itemsOf(audit.details),
      });
    }
  }
  return failing;
}

function itemsOf(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.slice(0, 3).map((item) => {
    const record = item as Record<string, unknown>;
    const node = record.node as { selector?: string; snippet?: string } | undefined;
    if (node?.selector) return `${node.selector} ${node.snippet ?? ''}`.trim();
    if (typeof record.url === 'string') return record.url;
    return JSON.stringify(record).slice(0, 200);
  });
}

/**
 * The run a page is judged by when it was measured several times: the one with the median
 * performance score, and with an even count the lower of the two middle ones, so that a page
 * passes only when at least half of its runs score at least as well. Ties keep measuring order.
 */
export function medianRunByPerformance<Result extends LighthouseResult>(results: readonly Result[]): Result {
  if (results.length === 0) throw new Error('medianRunByPerformance needs at least one run');
  const performance = (result: Result) => result.categories.performance?.score ?? 0;
  const ordered = results.map((result, index) => ({ result, index })).sort((a, b) => performance(a.result) - performance(b.result) || a.index - b.index);
  return ordered[Math.floor((ordered.length - 1) / 2)]!.result;
}
