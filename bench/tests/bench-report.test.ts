/**
 * The benchmark's pure parts: phases read from a stamped Astro log, medians, the linear fit,
 * and the figures block that replaces only its own part of docs/PERFORMANCE.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPhases, type StampedLine } from '../measure/build-phases';
import { figuresEnd, figuresMarkdown, figuresStart, reading, summaryLine, withFigures } from '../measure/markdown-report';
import type { BenchResults, CorpusResult } from '../measure/results';
import { linearFit, median } from '../measure/statistics';

/** The fixture log, each line stamped with its own clock time in ms from the first line. */
function stampedFixture(): StampedLine[] {
  const text = readFileSync(new URL('./fixtures/astro-build-log.txt', import.meta.url), 'utf8');
  let last = 0;
  return text.split('\n').map((line) => {
    const clock = /^(\d\d):(\d\d):(\d\d)/.exec(line);
    if (clock) last = (Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3])) * 1000;
    return { at: last, text: line };
  }).map((line, _, all) => ({ ...line, at: line.at - all[0]!.at }));
}

describe('buildPhases', () => {
  it('splits an Astro build log at its landmarks', () => {
    const phases = buildPhases(stampedFixture(), 310_000);
    expect(phases).toEqual({
      setup: 6_000, // 13:54:46 → 13:54:52
      bundle: 161_000, // → "generating static routes", stamped 13:57:33 (the last clock before it)
      render: 127_000, // → "✓ Completed" at 13:59:40
      pagefind: 8_000, // sitemap line 13:59:42 → indexed 13:59:50
      other: 8_000,
      total: 310_000,
      contentSync: 2_000, // "Syncing content" 13:54:46 → "Synced content" 13:54:48
      serverBundle: 160_000, // "Building static entrypoints" 13:54:52 → the server's "[vite] ✓ built" at 13:57:32
    });
  });

  it('starts Pagefind at the hook before it, not at Astro\'s notice that it is still waiting for it', () => {
    const lines = stampedFixture();
    const indexed = lines.findIndex((line) => line.text.includes('[search-index]'));
    lines.splice(indexed, 0, { at: lines[indexed]!.at - 1_000, text: '13:59:49 [build] Waiting for integration "search-index", hook "astro:build:done"...' });
    expect(buildPhases(lines, 310_000).pagefind).toBe(8_000);
  });

  it('leaves a phase unknown when its landmark is missing', () => {
    const withoutSearch = stampedFixture().filter((line) => !line.text.includes('[search-index]'));
    const phases = buildPhases(withoutSearch, 310_000);
    expect(phases.pagefind).toBeNull();
    expect(phases.other).toBeNull();
    expect(phases.render).toBe(127_000);
  });
});

describe('statistics', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('fits a line through points', () => {
    expect(linearFit([{ x: 1, y: 3 }, { x: 2, y: 5 }, { x: 4, y: 9 }])).toEqual({ slope: 2, intercept: 1 });
  });
});

function corpus(name: string, scale: number, units: number, totalMs: number): CorpusResult {
  const weight = { raw: 1024, gzip: 512, requests: 1 };
  return {
    name,
    scale,
    units,
    sections: 7,
    sourceLines: 290 * scale,
    runs: [
      {
        ingestMs: totalMs * 0.1,
        build: { setup: totalMs * 0.1, bundle: totalMs * 0.4, render: totalMs * 0.3, pagefind: totalMs * 0.05, other: totalMs * 0.05, total: totalMs * 0.9 },
        totalMs,
        ingestPeakRssBytes: 100 * 1024 * 1024,
        buildPeakRssBytes: 400 * 1024 * 1024,
        ingestCpuMs: totalMs * 0.1,
        buildCpuMs: totalMs * 0.6,
        loadAverage: 0.5,
      },
    ],
    dist: { pages: units + 12, distBytes: 2 * 1024 * 1024, searchIndexBytes: 1024 * 1024, files: units + 40 },
    unitPagePath: '/recommendations/1/',
    unitPage: { byType: { html: weight, css: weight, js: weight, font: weight, other: weight }, hosts: ['127.0.0.1:4321'] },
  };
}

const machine = { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 8 * 1024 ** 3, node: 'v20.0.0', platform: 'Linux' };

describe('figuresMarkdown', () => {
  const results: BenchResults = {
    date: '2026-11-28T15:00:00Z',
    machine,
    corpora: [corpus('real', 1, 41, 20_000), corpus('x10', 10, 410, 40_000), corpus('x100', 100, 4100, 50_000)],
  };

  it('states the fitted growth and whether the 100x build is within budget', () => {
    const sentences = reading(results);
    expect(sentences.at(-1)).toBe(
      'The 100x build (4112 pages) takes 50.0 s from source to index (within the 60 s budget), using 35.0 s of CPU ' +
        '(within the 60 s budget; on an otherwise idle machine the wall time is at most about the CPU time, since the build barely runs in parallel).',
    );
    expect(sentences[1]).toMatch(/^From x10 to x100 the units grow ×10; the phases grow: setup \+ content sync ×1\.3,/);
  });

  it('reports a 100x build over budget as over', () => {
    const slow = { ...results, corpora: [results.corpora[0]!, corpus('x100', 100, 4100, 75_000)] };
    expect(reading(slow).at(-1)).toMatch(/takes 75\.0 s from source to index \(over the 60 s budget\), using 52\.5 s of CPU \(within the 60 s budget;/);
  });

  it('writes one table row per corpus, with sizes and page weights', () => {
    const markdown = figuresMarkdown(results);
    expect(markdown).toContain('| x100 | 4100 | 4112 | 1 | 5.0 | 5.0 | 20.0 | 15.0 | 2.5 | 2.5 | 45.0 | 50.0 | 12.2 | 35.0 |');
    expect(markdown).toContain('| real | /recommendations/1/ | 1.0 / 0.5 | 1.0 / 0.5 | 1.0 / 0.5 | 1.0 / 0.5 | 1.0 / 0.5 | 5.0 / 2.5 | none |');
    expect(markdown.startsWith(figuresStart)).toBe(true);
    expect(markdown.endsWith(figuresEnd)).toBe(true);
  });

  it('replaces only the figures block of an existing document', () => {
    const document = `# Performance\n\nBefore.\n\n${figuresStart}\nold figures\n${figuresEnd}\n\nAfter.\n`;
    expect(withFigures(document, `${figuresStart}\nnew\n${figuresEnd}`)).toBe(
      `# Performance\n\nBefore.\n\n${figuresStart}\nnew\n${figuresEnd}\n\nAfter.\n`,
    );
    expect(withFigures('# Performance\n', 'figures')).toBe('# Performance\n\nfigures\n');
  });
});

describe('summaryLine', () => {
  it('gives the 100x median from source to index, each run with its load, memory and size, and the verdict against 40% of Starlight', () => {
    const slow = corpus('x100', 100, 4100, 100_000);
    slow.runs.push({ ...slow.runs[0]!, totalMs: 90_000, loadAverages: [1.5, 2, 2.25] }, { ...slow.runs[0]!, totalMs: 120_000 });
    expect(summaryLine(slow)).toBe(
      'bench x100: 4100 units, 4112 pages, 3 runs; source to search index (ingest + astro build + Pagefind) median 100.0 s ' +
        '(runs 100.0, 90.0, 120.0 s; load at start 0.50 | 1.50 2.00 2.25 | 0.50); CPU median 70.0 s; peak memory 0.39 GB; ' +
        "dist 2.0 MB in 4140 files; budget 95.2 s (40% of Starlight's 238 s): OVER",
    );
    expect(summaryLine(corpus('x100', 100, 4100, 95_000))).toMatch(/median 95\.0 s .*: within$/);
  });

  it('gives no verdict for another scale', () => {
    expect(summaryLine(corpus('x10', 10, 410, 40_000))).toMatch(/^bench x10: 410 units, 422 pages, 1 run; .* in 450 files$/);
  });
});
