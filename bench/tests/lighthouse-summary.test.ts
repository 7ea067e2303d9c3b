/** How `npm run lighthouse` reports a result: one line of scores, and the audits that cost points. */
import { describe, expect, it } from 'vitest';
import { categoryScores, failingAudits, medianRunByPerformance, scoreLine, type LighthouseResult } from '../measure/lighthouse-summary';

const perfect = (id: string) => ({ id, title: id, score: 1, scoreDisplayMode: 'binary' });

const result: LighthouseResult = {
  categories: {
    performance: { score: 0.96, auditRefs: [{ id: 'total-blocking-time', weight: 30 }, { id: 'dom-size', weight: 0 }, { id: 'first-contentful-paint', weight: 10 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 0.92, auditRefs: [{ id: 'meta-description', weight: 1 }, { id: 'hreflang', weight: 1 }] },
  },
  audits: {
    'total-blocking-time': { id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.85, scoreDisplayMode: 'numeric', displayValue: '240 ms' },
    'dom-size': { id: 'dom-size', title: 'Avoids an excessive DOM size', score: 0.5, scoreDisplayMode: 'numeric' },
    'first-contentful-paint': perfect('first-contentful-paint'),
    'color-contrast': perfect('color-contrast'),
    'meta-description': {
      id: 'meta-description',
      title: 'Document has a meta description',
      score: 0,
      scoreDisplayMode: 'binary',
      details: { items: [{ node: { selector: 'head > meta', snippet: '<meta name="description">' } }, { url: 'http://127.0.0.1/x' }] },
    },
    hreflang: { id: 'hreflang', title: 'hreflang', score: null, scoreDisplayMode: 'notApplicable' },
  },
};

describe('lighthouse summary', () => {
  it('rounds category scores to whole numbers', () => {
    expect(categoryScores(result)).toEqual({ performance: 96, accessibility: 100, 'best-practices': 100, seo: 92 });
  });

  it('prints one line per page and preset', () => {
    expect(scoreLine('mobile', '/report/', result)).toBe(
      'mobile   /report/                 performance 96   accessibility 100  best-practices 100  seo 92',
    );
  });

  it('names the weighted audits that cost points, with their items, and skips unweighted and not-applicable ones', () => {
    expect(failingAudits(result)).toEqual([
      { category: 'performance', id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.85, displayValue: '240 ms', items: [] },
      {
        category: 'seo',
        id: 'meta-description',
        title: 'Document has a meta description',
        score: 0,
        displayValue: undefined,
        items: ['head > meta <meta name="description">', 'http://127.0.0.1/x'],
      },
    ]);
  });
});

describe('medianRunByPerformance', () => {
  const run = (performance: number, label: string) => ({ ...result, label, categories: { ...result.categories, performance: { score: performance, auditRefs: [] } } });

  it('picks the run with the median performance score from an odd count', () => {
    expect(medianRunByPerformance([run(0.99, 'a'), run(1, 'b'), run(0.97, 'c')]).label).toBe('a');
    expect(medianRunByPerformance([run(1, 'a'), run(0.98, 'b'), run(1, 'c')]).label).toBe('a');
  });

  it('picks the lower middle run from an even count, so half the runs must reach the score', () => {
    expect(medianRunByPerformance([run(1, 'a'), run(0.99, 'b'), run(1, 'c'), run(0.98, 'd')]).label).toBe('b');
  });

  it('judges a single run by itself and refuses none', () => {
    expect(medianRunByPerformance([run(0.5, 'only')]).label).toBe('only');
    expect(() => medianRunByPerformance([])).toThrow(/at least one run/);
  });
});
