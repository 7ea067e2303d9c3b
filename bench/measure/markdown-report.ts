/**
 * The figures of a benchmark as Markdown for docs/PERFORMANCE.md: tables of medians, sizes and
 * page weights, and a reading computed from them (where the time goes, how it grows). Written
 * between two marker comments so the hand-written analysis around them survives each run.
 */
import type { BuildPhases } from './build-phases';
import { resourceTypes } from './page-weight';
import type { BenchResults, CorpusResult } from './results';
import { linearFit, median } from './statistics';

export const figuresStart = '<!-- bench:figures:start (written by npm run bench; edits here are overwritten) -->';
export const figuresEnd = '<!-- bench:figures:end -->';

/** The 100x build must finish within this many seconds on 2 cores (issue 5). */
export const buildBudgetSeconds = 60;

/**
 * Issue 14: with every unit compiled by @astrojs/mdx, the 100x build within 40% of the time stock
 * Starlight takes to build the same 4,100 pages on the benchmark machine (238 s).
 */
export const starlightSeconds = 238;
export const mdxBudgetShare = 0.4;

type Phase = Exclude<keyof BuildPhases, 'total' | 'contentSync' | 'serverBundle'>;
const phases: { key: Phase; label: string }[] = [
  { key: 'setup', label: 'setup + content sync' },
  { key: 'bundle', label: 'Vite bundle' },
  { key: 'render', label: 'render pages' },
  { key: 'pagefind', label: 'Pagefind' },
  { key: 'other', label: 'other' },
];

const seconds = (ms: number | null) => (ms === null || Number.isNaN(ms) ? '—' : (ms / 1000).toFixed(1));
const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);
const megabytes = (bytes: number | null) => (bytes === null ? '—' : (bytes / 1024 / 1024).toFixed(1));

/** Medians over a corpus's runs, in ms. */
export function medians(corpus: CorpusResult) {
  const of = (pick: (run: CorpusResult['runs'][number]) => number | null) => {
    const values = corpus.runs.map(pick).filter((value): value is number => value !== null);
    return values.length === corpus.runs.length ? median(values) : null;
  };
  return {
    ingest: of((run) => run.ingestMs),
    ...Object.fromEntries(phases.map(({ key }) => [key, of((run) => run.build[key])])),
    build: of((run) => run.build.total),
    total: of((run) => run.totalMs)!,
    cpu: of((run) => (run.ingestCpuMs === null || run.buildCpuMs === null ? null : run.ingestCpuMs + run.buildCpuMs)),
  } as Record<'ingest' | Phase | 'build' | 'cpu', number | null> & { total: number };
}

function maximum(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/** The Markdown block of figures and reading, markers included. */
export function figuresMarkdown(results: BenchResults): string {
  const { machine, corpora } = results;
  const lines: string[] = [figuresStart, ''];
  lines.push(
    `Measured ${results.date} on ${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB memory, ` +
      `Node ${machine.node} (${machine.platform}). Cold builds: every run starts without generated content, output or caches.`,
    '',
  );
  const loads = corpora.flatMap((corpus) => corpus.runs.map((run) => run.loadAverage));
  lines.push(
    `Load average when the runs started: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} ` +
      `(on ${machine.cpus} cores; above ${machine.cpus} means other work was competing for the CPU and the times are inflated).`,
    '',
  );

  lines.push('### Wall time (medians, seconds)', '');
  lines.push(`| corpus | units | pages | runs | ingest | ${phases.map((phase) => phase.label).join(' | ')} | astro build | total | ms per page | CPU time, total |`);
  lines.push(`|---|--:|--:|--:|--:|${phases.map(() => '--:').join('|')}|--:|--:|--:|--:|`);
  for (const corpus of corpora) {
    const m = medians(corpus);
    lines.push(
      `| ${corpus.name} | ${corpus.units} | ${corpus.dist.pages} | ${corpus.runs.length} | ${seconds(m.ingest)} | ` +
        `${phases.map(({ key }) => seconds(m[key])).join(' | ')} | ${seconds(m.build)} | ${seconds(m.total)} | ${(m.total / corpus.dist.pages).toFixed(1)} | ${seconds(m.cpu)} |`,
    );
  }
  lines.push('');

  lines.push('### Memory and output size', '');
  lines.push('| corpus | peak memory, ingest (MB) | peak memory, astro build (MB) | files | dist/ (MB) | search index (MB) |');
  lines.push('|---|--:|--:|--:|--:|--:|');
  for (const corpus of corpora) {
    lines.push(
      `| ${corpus.name} | ${megabytes(maximum(corpus.runs.map((run) => run.ingestPeakRssBytes)))} | ` +
        `${megabytes(maximum(corpus.runs.map((run) => run.buildPeakRssBytes)))} | ${corpus.dist.files} | ` +
        `${(corpus.dist.distBytes / 1024 / 1024).toFixed(2)} | ${(corpus.dist.searchIndexBytes / 1024 / 1024).toFixed(2)} |`,
    );
  }
  lines.push('');

  lines.push('### One unit page as a reader downloads it (KB, raw / gzip)', '');
  lines.push(`| corpus | page | ${resourceTypes.join(' | ')} | total | other hosts |`);
  lines.push(`|---|---|${resourceTypes.map(() => '--:').join('|')}|--:|---|`);
  for (const corpus of corpora) {
    const { byType, hosts } = corpus.unitPage;
    const total = resourceTypes.reduce((sum, type) => ({ raw: sum.raw + byType[type].raw, gzip: sum.gzip + byType[type].gzip }), { raw: 0, gzip: 0 });
    const others = hosts.filter((host) => !host.startsWith('127.0.0.1'));
    lines.push(
      `| ${corpus.name} | ${corpus.unitPagePath} | ${resourceTypes.map((type) => `${kilobytes(byType[type].raw)} / ${kilobytes(byType[type].gzip)}`).join(' | ')} | ` +
        `${kilobytes(total.raw)} / ${kilobytes(total.gzip)} | ${others.length === 0 ? 'none' : others.join(', ')} |`,
    );
  }
  lines.push('');

  lines.push('### Reading', '', ...reading(results).map((sentence) => `- ${sentence}`), '', figuresEnd);
  return lines.join('\n');
}

/** Sentences computed from the figures: growth, where the time goes, the 100x budget. */
export function reading(results: BenchResults): string[] {
  const sentences: string[] = [];
  const sorted = [...results.corpora].sort((a, b) => a.units - b.units);
  const largest = sorted.at(-1);
  const smallest = sorted[0];
  if (!largest || !smallest || sorted.length < 2) return ['Too few corpora to say how the cost grows.'];
  const totals = sorted.map((corpus) => ({ x: corpus.units, y: medians(corpus).total }));
  const fit = linearFit(totals);
  sentences.push(
    `Fitted line through the medians: total ≈ ${seconds(fit.intercept)} s fixed + ${fit.slope.toFixed(1)} ms per unit. ` +
      sorted.map((corpus) => `${corpus.name}: ${(medians(corpus).total / corpus.units).toFixed(0)} ms per unit`).join(', ') +
      ' (the per-unit cost falls as the fixed start-up cost is shared, and stays flat once it is small: linear growth).',
  );
  const second = sorted.at(-2)!;
  const growth = largest.units / second.units;
  const phaseGrowth = phases
    .map(({ key, label }) => {
      const [from, to] = [medians(second)[key], medians(largest)[key]];
      return from && to ? `${label} ×${(to / from).toFixed(1)}` : undefined;
    })
    .filter(Boolean);
  sentences.push(`From ${second.name} to ${largest.name} the units grow ×${growth.toFixed(0)}; the phases grow: ${phaseGrowth.join(', ')}.`);
  const largestMedians = medians(largest);
  const shares = phases
    .map(({ key, label }) => ({ label, share: (largestMedians[key] ?? 0) / largestMedians.total }))
    .concat([{ label: 'ingest', share: (largestMedians.ingest ?? 0) / largestMedians.total }])
    .sort((a, b) => b.share - a.share);
  sentences.push(
    `Where the time goes at ${largest.name}: ${shares.map(({ label, share }) => `${label} ${(share * 100).toFixed(0)}%`).join(', ')}.`,
  );
  const hundred = sorted.find((corpus) => corpus.scale === 100);
  if (hundred) {
    const { total, cpu } = medians(hundred);
    const verdict = (ms: number) => (ms / 1000 < buildBudgetSeconds ? `within the ${buildBudgetSeconds} s budget` : `over the ${buildBudgetSeconds} s budget`);
    sentences.push(
      `The 100x build (${hundred.dist.pages} pages) takes ${seconds(total)} s from source to index (${verdict(total)})` +
        (cpu === null ? '.' : `, using ${seconds(cpu)} s of CPU (${verdict(cpu)}; on an otherwise idle machine the wall time is at most about the CPU time, since the build barely runs in parallel).`),
    );
  }
  return sentences;
}

/**
 * One line per corpus that says it all, to compare runs of `npm run bench` between machines and
 * days: "bench x100: 4100 units, 4153 pages, 3 runs; source to search index median 88.1 s …".
 */
export function summaryLine(corpus: CorpusResult): string {
  const m = medians(corpus);
  const loads = corpus.runs.map((run) => (run.loadAverages ?? [run.loadAverage]).map((load) => load.toFixed(2)).join(' '));
  const peak = maximum(corpus.runs.flatMap((run) => [run.ingestPeakRssBytes, run.buildPeakRssBytes]));
  const budget = starlightSeconds * mdxBudgetShare;
  const parts = [
    `bench ${corpus.name}: ${corpus.units} units, ${corpus.dist.pages} pages, ${corpus.runs.length} run${corpus.runs.length === 1 ? '' : 's'}`,
    `source to search index (ingest + astro build + Pagefind) median ${seconds(m.total)} s (runs ${corpus.runs.map((run) => seconds(run.totalMs)).join(', ')} s; load at start ${loads.join(' | ')})`,
    `CPU median ${seconds(m.cpu)} s`,
    `peak memory ${peak === null ? '—' : `${(peak / 1024 ** 3).toFixed(2)} GB`}`,
    `dist ${(corpus.dist.distBytes / 1024 / 1024).toFixed(1)} MB in ${corpus.dist.files} files`,
  ];
  if (corpus.scale === 100) {
    parts.push(`budget ${budget.toFixed(1)} s (${mdxBudgetShare * 100}% of Starlight's ${starlightSeconds} s): ${m.total / 1000 <= budget ? 'within' : 'OVER'}`);
  }
  return parts.join('; ');
}

/** Replaces the figures block in a document (or appends it if the markers are missing). */
export function withFigures(document: string, figures: string): string {
  const start = document.indexOf(figuresStart);
  const end = document.indexOf(figuresEnd);
  if (start === -1 || end === -1 || end < start) return `${document.trimEnd()}\n\n${figures}\n`;
  return document.slice(0, start) + figures + document.slice(end + figuresEnd.length);
}
