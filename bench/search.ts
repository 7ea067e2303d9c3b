/**
 * `npm run bench:search`: what a reader's first search costs, in Debian's Chromium against the built
 * site on 127.0.0.1. Each run opens /search/ in a fresh browser context (empty cache), types a query,
 * and records every file fetched from /pagefind/ from the first keystroke until the results are on
 * screen, and the time that took (including the page's 200 ms pause after typing); then types a
 * second query in the same page and times it too (the wait while typing, files loaded). Prints
 * medians over the runs.
 *
 * Then compares recall and precision on the test table with Pagefind alone and with two Snowball
 * Arabic stemmers (bench/search-baseline.ts).
 *
 * Bytes are reported twice: as this uncompressing test server sends them, and as a host that gzips
 * text files would (Pagefind's index files are gzip already and count as they are).
 *
 *   npm run bench:search                       builds into dist-bench-search/ first
 *   npm run bench:search -- --dist dist-search  uses an existing build
 *   npm run bench:search -- --runs 9
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { isPrecompressed, kilobytes, median } from './measure/search-summary';
import { compareWithPlainPagefind } from './measure/search-baseline';
import { parseReportJson } from '../src/report/load-report';

/** The budget for a first search, in bytes (gzipped text, as served by a real host). */
const budgetBytes = 100_000;
const queries = ['الاتجار', 'التكنولوجيا', 'المسئولين', 'يشير', 'دولة', 'تدريب الموظفين'];
const reportPath = path.resolve('content/generated/report.json');

const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const distDir = path.resolve(values.dist ?? 'dist-bench-search');
if (!values.dist) {
  console.log(`Building the site into ${path.relative(process.cwd(), distDir)}/ …`);
  const build = spawnSync('npm', ['run', 'build'], { env: { ...process.env, SITE_OUT_DIR: distDir }, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function gzippedSize(urlPath: string): number {
  const file = path.join(distDir, decodeURIComponent(urlPath));
  const body = readFileSync(file);
  return isPrecompressed(urlPath) ? body.length : gzipSync(body, { level: 9 }).length;
}

interface Run {
  rawBytes: number;
  gzippedBytes: number;
  files: string[];
  milliseconds: number;
  /** A second search in the same page, files loaded: the time a reader waits while typing. */
  nextMilliseconds: number;
}

const server = await serveStatic(distDir);
const browser = await launchChromium();
let overBudget = false;
try {
  for (const query of queries) {
    const results: Run[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state === 'idle');
      const fetched: { path: string; bytes: number }[] = [];
      // Each size is read while the page is open; all are awaited before the page is closed.
      const sizing: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        sizing.push(
          request.sizes().then((sizes) => {
            fetched.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize });
          }),
        );
      });
      // Time inside the page, from the keystroke to the first result in the list.
      const timeSearch = (text: string) => page.evaluate(async (text) => {
        const root = document.querySelector<HTMLElement>('[data-search-page]')!;
        const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
        const shown = new Promise<number>((resolve) => {
          new MutationObserver(() => {
            if (root.dataset.state === 'done' && root.querySelector('.search-result')) resolve(performance.now());
          }).observe(root, { attributes: true, childList: true, subtree: true });
        });
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return (await shown) - start;
      }, text);
      const milliseconds = await timeSearch(query);
      await page.waitForLoadState('networkidle');
      await Promise.all(sizing);
      // The page itself (its script, fonts, icon) is loaded before the reader types; count what the search fetches.
      const searchFiles = fetched.filter((file) => file.path.startsWith('/pagefind/'));
      const nextMilliseconds = await timeSearch(query === 'الاتجار' ? 'الضحايا' : 'الاتجار');
      results.push({
        rawBytes: searchFiles.reduce((sum, file) => sum + file.bytes, 0),
        gzippedBytes: searchFiles.reduce((sum, file) => sum + gzippedSize(file.path), 0),
        files: searchFiles.map((file) => file.path),
        milliseconds,
        nextMilliseconds,
      });
      await Promise.all(sizing);
      await context.close();
    }
    const gzipped = median(results.map((result) => result.gzippedBytes));
    if (gzipped >= budgetBytes) overBudget = true;
    console.log(
      `first search «${query}»: ${kilobytes(median(results.map((result) => result.rawBytes)))} as served here, ` +
        `${kilobytes(gzipped)} gzipped (budget ${kilobytes(budgetBytes)}), ` +
        `${median(results.map((result) => result.milliseconds)).toFixed(0)} ms to results, ` +
        `${median(results.map((result) => result.nextMilliseconds)).toFixed(0)} ms for a next search in the same page ` +
        `(median of ${runs}; ${results[0]!.files.length} files from /pagefind/)`,
    );
  }
  await compareWithPlainPagefind(parseReportJson(readFileSync(reportPath, 'utf8'), reportPath), browser);
} finally {
  await browser.close();
  await server.close();
}
if (overBudget) {
  console.log('over budget: a first search downloads 100 KB or more');
  process.exit(1);
}
