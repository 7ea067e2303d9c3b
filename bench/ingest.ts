/**
 * `npm run bench:ingest`: times parseReport (the pure ingest core, no file I/O) on the real
 * report and on synthetic reports up to 100 times as long (the real body repeated with units
 * renumbered and repairs shifted: bench/synthetic/compose.ts). Several runs per size,
 * medians reported, and the cost per 1,000 source lines at each size, which stays flat when
 * growth is linear. A benchmark, not a test: it prints; the budget is 100x under 1 s.
 *
 *   npm run bench:ingest -- --runs 7 --scales 1,10,25,50,100
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseReport } from '../src/ingest/parse-report';
import { parseRepairsFile } from '../src/ingest/repairs-schema';
import { HunspellWordList, withArabicWordList } from '../scripts/word-list/hunspell';
import { linearFit, median } from './measure/statistics';
import { composeSyntheticReport } from './synthetic/compose';

const budgetMs = 1000;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    scales: { type: 'string', default: '1,10,25,50,100' },
  },
});
const runs = Number(values.runs);
const scales = values.scales.split(',').map(Number);

const realSource = readFileSync('content/source/V1909259-ar.txt', 'utf8');
const realRepairs = parseRepairsFile(readFileSync('content/repairs.json', 'utf8')).repairs;
// The word list is loaded and asked once before timing: the core is what is timed, not hunspell.
const wordList = new HunspellWordList();
await withArabicWordList((words) => parseReport(realSource, realRepairs, { sourcePath: 'bench', wordList: words }), wordList);

interface Row {
  scale: number;
  lines: number;
  units: number;
  wallMs: number;
  cpuMs: number;
}

/** Times one parse: wall-clock and CPU time of this process (CPU time is less disturbed by other load). */
function timeOnce(sourceText: string, repairs: typeof realRepairs): { wallMs: number; cpuMs: number; units: number } {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = parseReport(sourceText, repairs, { sourcePath: 'bench', wordList });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  if (result.report === undefined) throw new Error(`parseReport failed: ${result.problems[0]?.message}`);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, units: result.report.units.length };
}

/**
 * A fixed reference workload, so numbers from a loaded or slow machine can be read against a
 * known one: a 2020s laptop does these 10^8 additions in roughly 70-100 ms of CPU time.
 */
function referenceMs(): number {
  const before = process.cpuUsage();
  let sum = 0;
  for (let index = 0; index < 1e8; index++) sum += index;
  const used = process.cpuUsage(before);
  if (sum < 0) console.log(sum); // keeps the loop from being optimised away
  return (used.user + used.system) / 1000;
}

const referenceBefore = referenceMs();
const rows: Row[] = [];
for (const scale of scales) {
  const { sourceText, repairs } = scale === 1 ? { sourceText: realSource, repairs: realRepairs } : composeSyntheticReport(realSource, realRepairs, scale);
  timeOnce(sourceText, repairs); // warm-up: let the JIT compile the hot paths first
  const samples = Array.from({ length: runs }, () => timeOnce(sourceText, repairs));
  rows.push({
    scale,
    lines: sourceText.split('\n').length - 1,
    units: samples[0]!.units,
    wallMs: median(samples.map((sample) => sample.wallMs)),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
  });
}

const reference = median([referenceBefore, referenceMs()]);
const format = (value: number, digits = 1) => value.toFixed(digits).padStart(9);
console.log(`parseReport, median of ${runs} runs after one warm-up (load average ${loadavg()[0]!.toFixed(1)})`);
console.log(`machine reference: 10^8 additions take ${reference.toFixed(0)} ms CPU here (about 70-100 ms on an unloaded 2020s laptop)`);
console.log('    scale    lines    units   wall ms    CPU ms  CPU ms/1000 lines');
for (const row of rows) {
  console.log(
    `${String(row.scale).padStart(8)}x ${String(row.lines).padStart(8)} ${String(row.units).padStart(8)} ${format(row.wallMs)} ${format(row.cpuMs)} ${format((row.cpuMs / row.lines) * 1000, 2)}`,
  );
}
const fit = linearFit(rows.map((row) => ({ x: row.lines, y: row.cpuMs })));
const meanY = rows.reduce((sum, row) => sum + row.cpuMs, 0) / rows.length;
const residual = rows.reduce((sum, row) => sum + (row.cpuMs - (fit.intercept + fit.slope * row.lines)) ** 2, 0);
const total = rows.reduce((sum, row) => sum + (row.cpuMs - meanY) ** 2, 0);
console.log(`linear fit of CPU time: ${(fit.slope * 1000).toFixed(2)} ms per 1000 lines + ${fit.intercept.toFixed(1)} ms, r² = ${(1 - residual / total).toFixed(4)}`);
const largest = rows.find((row) => row.scale === 100);
if (largest) {
  const verdict = largest.wallMs < budgetMs ? 'within' : 'OVER';
  console.log(`100x: median ${largest.wallMs.toFixed(0)} ms wall, ${largest.cpuMs.toFixed(0)} ms CPU: ${verdict} the ${budgetMs} ms budget`);
  // The same CPU time on a machine where the reference takes 100 ms.
  console.log(`100x scaled to a reference of 100 ms: about ${((largest.cpuMs * 100) / reference).toFixed(0)} ms CPU`);
}
