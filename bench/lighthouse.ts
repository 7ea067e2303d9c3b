/**
 * `npm run lighthouse`: Lighthouse 12 in Debian's Chromium against the built site served on
 * 127.0.0.1, mobile and desktop presets, on the home page, a recommendation, a section, /report/
 * and /search/. Prints one line of scores per page and preset, names every audit that cost a
 * point, writes the full reports to .bench/lighthouse/, and exits 1 unless every score is 100.
 *
 * Lab scores vary from run to run (Lighthouse's variability guide advises several runs and the
 * median), so each page is measured `--runs` times (3 unless told) and judged by the run with the
 * median performance score. Each freshly launched Chromium first loads one page unscored: its
 * first page pays the browser's own start-up (renderer process, font configuration, V8 caches),
 * which no reader's second page pays and which is not the site's. Lighthouse clears the cache and
 * storage before every measured run, so that warm-up leaves the site nothing to reuse.
 * The site is served the way a production host serves it: text gzipped.
 *
 *   npm run lighthouse                              builds into dist-lighthouse/ first
 *   npm run lighthouse -- --dist dist-perf          uses an existing build
 *   npm run lighthouse -- --runs 5                  five runs per page and preset
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { lighthouseChromeFlags } from './measure/lighthouse-chrome';
import {
  categoryScores,
  failingAudits,
  lighthouseCategories,
  medianRunByPerformance,
  scoreLine,
  type LighthouseResult,
} from './measure/lighthouse-summary';

const pagePaths = ['/', '/recommendations/12/', '/sections/ii-a/', '/report/', '/search/'];
const presets = { mobile: undefined, desktop: desktopConfig } as const;

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    out: { type: 'string', default: '.bench/lighthouse' },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
const distDir = path.resolve(values.dist ?? 'dist-lighthouse');
if (!values.dist) {
  console.log(`Building the site into ${path.relative(process.cwd(), distDir)}/ …`);
  const build = spawnSync('npm', ['run', 'build'], { env: { ...process.env, SITE_OUT_DIR: distDir }, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(values.out, { recursive: true });

const server = await serveStatic(distDir, { compress: true });
let allPerfect = true;
try {
  for (const pagePath of pagePaths) {
    const response = await fetch(server.url + pagePath);
    if (response.status !== 200) throw new Error(`${pagePath} answers ${response.status}; is ${distDir} a full build?`);
  }
  for (const [preset, config] of Object.entries(presets)) {
    const chrome = await launch({
      chromePath: chromiumPath,
      ignoreDefaultFlags: true,
      chromeFlags: lighthouseChromeFlags(chromiumFlags),
    });
    const measure = async (pagePath: string) => {
      const measured = await lighthouse(
        server.url + pagePath,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...lighthouseCategories] },
        config,
      );
      if (!measured) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
      return measured.lhr as unknown as LighthouseResult;
    };
    try {
      await measure('/404.html'); // the unscored warm-up described above
      for (const pagePath of pagePaths) {
        const results: LighthouseResult[] = [];
        for (let run = 0; run < runs; run++) results.push(await measure(pagePath));
        const result = medianRunByPerformance(results);
        const fileName = `${preset}-${pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.json`;
        writeFileSync(path.join(values.out, fileName), JSON.stringify(result, null, 2));
        const performanceOfEachRun = results.map((run) => categoryScores(run).performance ?? '—');
        console.log(`${scoreLine(preset, pagePath, result)}${runs > 1 ? `   (performance by run: ${performanceOfEachRun.join(' ')})` : ''}`);
        if (result.runtimeError) console.log(`    runtime error ${result.runtimeError.code}: ${result.runtimeError.message}`);
        for (const audit of failingAudits(result)) {
          allPerfect = false;
          console.log(`    ${audit.category}: ${audit.id} (${audit.title}) score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}`);
          for (const item of audit.items) console.log(`      ${item}`);
        }
        const scores = Object.values(result.categories).map((category) => category.score);
        if (scores.some((score) => score !== 1)) allPerfect = false;
      }
    } finally {
      chrome.kill();
    }
  }
} finally {
  await server.close();
}
console.log(allPerfect ? 'Every page scores 100 in every category.' : 'Some scores are below 100: see the audits above.');
process.exit(allPerfect ? 0 : 1);
