/**
 * `npm run bench`: the whole-build benchmark. Builds the site from the real report and from
 * synthetic reports 10x and 100x its size (bench/synthetic-report.ts), each in a private copy
 * of the project, cold, several times; measures ingest, the build's phases and Pagefind, peak
 * memory, pages and bytes, and what a reader downloads for one unit page in Chromium. Writes the
 * figures into docs/PERFORMANCE.md and .bench/results.json, then runs `bench:ingest` and
 * `bench:search` when package.json has them.
 *
 *   npm run bench                                   real ×3, 10x ×3, 100x ×2
 *   npm run bench -- --runs 1 --scales 1,10         a quick look
 *   npm run bench -- --only-build                   skip the ingest and search benchmarks
 *   npm run bench -- --from-results                 rewrite the figures from .bench/results.json
 *   npm run bench -- --scales 100 --merge           re-measure one corpus, keep the others' figures
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/browser';
import { buildEnvironment, cleanProjectCopy, copyProject, type Corpus, type ProjectCopy } from '../support/project-copy';
import { serveStatic } from '../support/static-server';
import { parseRepairsFile } from '../src/ingest/repairs-schema';
import { report as reportSchema } from '../src/report/schema';
import { buildPhases } from './measure/build-phases';
import { distStats } from './measure/dist-stats';
import { figuresMarkdown, summaryLine, withFigures } from './measure/markdown-report';
import { pageWeight } from './measure/page-weight';
import type { BenchResults, CorpusResult, RunResult } from './measure/results';
import { composeSyntheticReport } from './synthetic/compose';
import { timedCommand } from './measure/timed-command';

const repositoryRoot = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    runs: { type: 'string' },
    'only-build': { type: 'boolean', default: false },
    'from-results': { type: 'boolean', default: false },
    merge: { type: 'boolean', default: false },
    doc: { type: 'string', default: 'docs/PERFORMANCE.md' },
  },
});
const scales = values.scales.split(',').map(Number);
/** At least 3 runs for the real report and 10x, 2 for 100x (each 100x run takes a while). */
const runsFor = (scale: number) => (values.runs ? Number(values.runs) : scale >= 100 ? 2 : 3);

const realSource = readFileSync(path.join(repositoryRoot, 'content/source/V1909259-ar.txt'), 'utf8');
const realRepairsText = readFileSync(path.join(repositoryRoot, 'content/repairs.json'), 'utf8');
const realRepairs = parseRepairsFile(realRepairsText);
if (realRepairs.problems.length > 0) throw new Error(`content/repairs.json: ${realRepairs.problems.map((p) => p.message).join('; ')}`);

function corpusFor(scale: number): Corpus {
  if (scale === 1) return { name: 'real', sourceText: realSource, repairsText: realRepairsText };
  const synthetic = composeSyntheticReport(realSource, realRepairs.repairs, scale);
  return { name: `x${scale}`, sourceText: synthetic.sourceText, repairsText: JSON.stringify({ repairs: synthetic.repairs }, null, 2) + '\n' };
}

const node = process.execPath;
const tsxCli = path.join(repositoryRoot, 'node_modules/tsx/dist/cli.mjs');
const astroCli = path.join(repositoryRoot, 'node_modules/astro/astro.js');

async function coldRun(tree: ProjectCopy): Promise<RunResult> {
  cleanProjectCopy(tree);
  const loadAverages = os.loadavg();
  const loadAverage = loadAverages[0]!;
  const env = buildEnvironment(tree);
  const ingest = await timedCommand(node, [tsxCli, 'scripts/ingest.ts', '--source', path.relative(tree.root, tree.sourceFile)], tree.root, env);
  const build = await timedCommand(node, [astroCli, 'build'], tree.root, env);
  return {
    ingestMs: ingest.wallMs,
    build: buildPhases(build.lines, build.wallMs),
    totalMs: ingest.wallMs + build.wallMs,
    ingestPeakRssBytes: ingest.peakRssBytes,
    buildPeakRssBytes: build.peakRssBytes,
    ingestCpuMs: ingest.cpuMs,
    buildCpuMs: build.cpuMs,
    loadAverage,
    loadAverages,
  };
}

async function measureCorpus(scale: number): Promise<CorpusResult> {
  const corpus = corpusFor(scale);
  const tree = copyProject(repositoryRoot, path.join(os.tmpdir(), 'trafficking-wg-bench'), corpus);
  const runs: RunResult[] = [];
  for (let run = 1; run <= runsFor(scale); run++) {
    const result = await coldRun(tree);
    runs.push(result);
    console.log(
      `${corpus.name} run ${run}: total ${(result.totalMs / 1000).toFixed(1)} s = ingest ${(result.ingestMs / 1000).toFixed(1)} s + build ${(result.build.total / 1000).toFixed(1)} s ` +
        `(content sync ${((result.build.contentSync ?? 0) / 1000).toFixed(1)}, setup ${((result.build.setup ?? 0) / 1000).toFixed(1)}, ` +
        `server bundle ${((result.build.serverBundle ?? 0) / 1000).toFixed(1)}, bundle ${((result.build.bundle ?? 0) / 1000).toFixed(1)}, render ${((result.build.render ?? 0) / 1000).toFixed(1)}, ` +
        `Pagefind ${((result.build.pagefind ?? 0) / 1000).toFixed(1)}), CPU ${(((result.ingestCpuMs ?? 0) + (result.buildCpuMs ?? 0)) / 1000).toFixed(1)} s, ` +
        `peak memory ${(((result.buildPeakRssBytes ?? 0) / 1024 ** 3)).toFixed(2)} GB, load average at start ${result.loadAverages!.map((load) => load.toFixed(2)).join(', ')}`,
    );
  }
  const report = reportSchema.parse(JSON.parse(readFileSync(path.join(tree.generatedDir, 'report.json'), 'utf8')));
  const firstRecommendation = report.units.find((unit) => unit.kind === 'recommendation')!;
  const server = await serveStatic(tree.distDir);
  const browser = await launchChromium();
  try {
    return {
      name: corpus.name,
      scale,
      units: report.units.length,
      sections: report.sections.length,
      sourceLines: corpus.sourceText.split('\n').length - 1,
      runs,
      dist: distStats(tree.distDir),
      unitPagePath: firstRecommendation.url,
      unitPage: await pageWeight(browser, server.url + firstRecommendation.url),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const resultsPath = path.join(repositoryRoot, '.bench/results.json');
let results: BenchResults;
if (values['from-results']) {
  results = JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchResults;
} else {
  const corpora: CorpusResult[] = [];
  for (const scale of scales) corpora.push(await measureCorpus(scale));
  if (values.merge) {
    const earlier = (JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchResults).corpora;
    const remeasured = new Set(corpora.map((corpus) => corpus.name));
    corpora.push(...earlier.filter((corpus) => !remeasured.has(corpus.name)));
    corpora.sort((a, b) => a.scale - b.scale);
  }
  const cpus = os.cpus();
  results = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU', memoryBytes: os.totalmem(), node: process.version, platform: `${os.type()} ${os.release()}` },
    corpora,
  };
  mkdirSync(path.dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
}
const docPath = path.resolve(repositoryRoot, values.doc);
const figures = figuresMarkdown(results);
let existing = '';
try {
  existing = readFileSync(docPath, 'utf8');
} catch {
  existing = '# Performance\n';
}
writeFileSync(docPath, withFigures(existing, figures));
console.log(`\n${figures}\n\nWrote ${values.doc} and .bench/results.json\n`);
for (const corpus of results.corpora) console.log(summaryLine(corpus));

if (!values['only-build']) {
  const scripts = (JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  for (const name of ['bench:ingest', 'bench:search']) {
    if (!scripts[name]) continue;
    console.log(`\n> npm run ${name}`);
    const result = spawnSync('npm', ['run', name], { cwd: repositoryRoot, stdio: 'inherit' });
    if (result.status !== 0) process.exitCode = 1;
  }
}
