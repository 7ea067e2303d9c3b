/**
 * `npm run bench:search`: what a reader's first search costs, in Debian's Chromium against the built
 * site on 127.0.0.1. Each run opens /search/ in a fresh browser context (empty cache) and searches
 * twice, as a reader meets it:
 *
 * - pasted: the box gets focus and the query is pasted at once, in the same task (the worst case:
 *   no time for the files that focus starts fetching); the time is from the paste to the first
 *   result on screen; then a second query pasted in the same page, files loaded;
 * - typed: the box is clicked and the query typed key by key, 100 ms between keys; the time is
 *   from the last keystroke to the first result of that query on screen (the page's pause after a
 *   typed key included); then a second query typed in the same page.
 *
 * Records every file fetched from /pagefind/ by the pasted first search. Prints medians over the
 * runs, and the machine's load average before and after, since the machine may be shared.
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
import { cpus, loadavg } from 'node:os';
import type { Page, Request } from 'playwright-core';
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
  /** Pasted: a visit's first search, and a next one in the same page. */
  pasted: number;
  pastedNext: number;
  /** Typed key by key: from the last keystroke, a visit's first search and a next one. */
  typed: number;
  typedNext: number;
}

/** Milliseconds between typed keys: a brisk typist. */
const keyDelayMs = 100;

/**
 * Watch the page for the results of `query`: `window.searchShown` resolves to the time from the
 * last input event (a keystroke or a paste) to the moment the page is done with results for it.
 */
function watchSearch(query: string): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  let lastInput = 0;
  input.addEventListener('input', () => (lastInput = performance.now()));
  (window as unknown as { searchShown: Promise<number> }).searchShown = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (input.value === query && root.dataset.state === 'done' && root.querySelector('.search-result')) {
        observer.disconnect();
        resolve(performance.now() - lastInput);
      }
    });
    observer.observe(root, { attributes: true, childList: true, subtree: true });
  });
}

/** Focus the box and paste `text` in the same task, as a paste right after a click. */
function paste(page: Page, text: string): Promise<void> {
  return page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  }, text);
}

/** Click the box, select what it holds, and type `text` key by key. */
async function type(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-search-page] input[type="search"]');
  await input.click();
  await input.selectText();
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: keyDelayMs });
}

/** Open /search/ in a fresh context; `search` runs in it; the context is closed after. */
async function inFreshPage<T>(search: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state === 'idle');
    return await search(page);
  } finally {
    await context.close();
  }
}

/** Time `act` from its last input event to the results of `query`. */
async function timed(page: Page, query: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(watchSearch, query);
  await act();
  return page.evaluate(() => (window as unknown as { searchShown: Promise<number> }).searchShown);
}

const nextQueryOf = (query: string) => (query === 'الاتجار' ? 'الضحايا' : 'الاتجار');
const loadAverage = () => loadavg().map((load) => load.toFixed(1)).join(' ');

const server = await serveStatic(distDir);
const browser = await launchChromium();
let overBudget = false;
console.log(`load average before (1, 5, 15 min): ${loadAverage()} on ${cpus().length} cores`);
try {
  for (const query of queries) {
    const results: Run[] = [];
    for (let run = 0; run < runs; run++) {
      const pastedRun = await inFreshPage(async (page) => {
        const sizes: Promise<{ path: string; bytes: number }>[] = [];
        const onFinished = (request: Request) => {
          const urlPath = new URL(request.url()).pathname;
          // The page itself (its script, fonts, icon) is loaded before the reader types; count what the search fetches.
          if (urlPath.startsWith('/pagefind/')) sizes.push(request.sizes().then((sized) => ({ path: urlPath, bytes: sized.responseBodySize })));
        };
        page.on('requestfinished', onFinished);
        const pasted = await timed(page, query, () => paste(page, query));
        await page.waitForLoadState('networkidle');
        page.off('requestfinished', onFinished);
        // Every size is read before the next search and before the page closes.
        const fetched = await Promise.all(sizes);
        const pastedNext = await timed(page, nextQueryOf(query), () => paste(page, nextQueryOf(query)));
        return { fetched, pasted, pastedNext };
      });
      const typedRun = await inFreshPage(async (page) => {
        const typed = await timed(page, query, () => type(page, query));
        const typedNext = await timed(page, nextQueryOf(query), () => type(page, nextQueryOf(query)));
        return { typed, typedNext };
      });
      results.push({
        rawBytes: pastedRun.fetched.reduce((sum, file) => sum + file.bytes, 0),
        gzippedBytes: pastedRun.fetched.reduce((sum, file) => sum + gzippedSize(file.path), 0),
        files: pastedRun.fetched.map((file) => file.path),
        pasted: pastedRun.pasted,
        pastedNext: pastedRun.pastedNext,
        ...typedRun,
      });
    }
    const gzipped = median(results.map((result) => result.gzippedBytes));
    if (gzipped >= budgetBytes) overBudget = true;
    const ms = (pick: (run: Run) => number) => `${median(results.map(pick)).toFixed(0)} ms`;
    console.log(
      `«${query}»: first search ${kilobytes(median(results.map((result) => result.rawBytes)))} as served here, ` +
        `${kilobytes(gzipped)} gzipped (budget ${kilobytes(budgetBytes)}, ${results[0]!.files.length} files from /pagefind/); ` +
        `pasted: first ${ms((run) => run.pasted)}, next ${ms((run) => run.pastedNext)}; ` +
        `typed, from the last key: first ${ms((run) => run.typed)}, next ${ms((run) => run.typedNext)} (medians of ${runs})`,
    );
  }
  console.log(`load average after: ${loadAverage()}`);
  await compareWithPlainPagefind(parseReportJson(readFileSync(reportPath, 'utf8'), reportPath), browser);
} finally {
  await browser.close();
  await server.close();
}
if (overBudget) {
  console.log('over budget: a first search downloads 100 KB or more');
  process.exit(1);
}
