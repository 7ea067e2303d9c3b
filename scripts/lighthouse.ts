/**
 * `npm run lighthouse`: Lighthouse 12 in Debian's Chromium against the built site served on
 * 127.0.0.1, mobile and desktop presets, on the home page, a recommendation, a section, /report/
 * and /search/. Prints one line of scores per page and preset, names every audit that cost a
 * point, writes the full reports to .bench/lighthouse/, and exits 1 unless every score is 100.
 *
 *   npm run lighthouse                      builds into dist-lighthouse/ first
 *   npm run lighthouse -- --dist dist-perf  uses an existing build
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../tests/support/browser';
import { serveStatic } from '../tests/support/static-server';
import { failingAudits, lighthouseCategories, scoreLine, type LighthouseResult } from './bench/lighthouse-summary';

const pagePaths = ['/', '/recommendations/12/', '/sections/ii-a/', '/report/', '/search/'];
const presets = { mobile: undefined, desktop: desktopConfig } as const;

const { values } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string', default: '.bench/lighthouse' } } });
const distDir = path.resolve(values.dist ?? 'dist-lighthouse');
if (!values.dist) {
  console.log(`Building the site into ${path.relative(process.cwd(), distDir)}/ …`);
  const build = spawnSync('npm', ['run', 'build'], { env: { ...process.env, SITE_OUT_DIR: distDir }, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(values.out, { recursive: true });

const server = await serveStatic(distDir);
let allPerfect = true;
try {
  for (const pagePath of pagePaths) {
    const response = await fetch(server.url + pagePath);
    if (response.status !== 200) throw new Error(`${pagePath} answers ${response.status}; is ${distDir} a full build?`);
  }
  for (const [preset, config] of Object.entries(presets)) {
    const chrome = await launch({ chromePath: chromiumPath, chromeFlags: [...chromiumFlags, '--headless=new'] });
    try {
      for (const pagePath of pagePaths) {
        const run = await lighthouse(
          server.url + pagePath,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...lighthouseCategories] },
          config,
        );
        if (!run) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
        const result = run.lhr as unknown as LighthouseResult;
        const fileName = `${preset}-${pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.json`;
        writeFileSync(path.join(values.out, fileName), JSON.stringify(run.lhr, null, 2));
        console.log(scoreLine(preset, pagePath, result));
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
