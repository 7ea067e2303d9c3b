/**
 * Whole-site budgets (issue 5), as deterministic sizes: the built output for the real report
 * stays under 2 MB, and nothing in it would make a reader's browser ask another host — no HTML
 * attribute, CSS url() or script string that loads from elsewhere — checked on every file, and in
 * Chromium while a search runs (the page-by-page request check is in budgets.test.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumForTests } from './helpers/chromium';
import { readOutcome } from '../support/search-results';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

/** 2 MB in decimal units (2,000,000 bytes), the stricter reading of the budget. */
const distBudgetBytes = 2_000_000;

/**
 * Hosts that may appear in scripts because they are never requested: XML namespace names, and
 * the placeholder origin Pagefind's pagefind.js parses relative result URLs against.
 */
const namesNotRequests = new Set(['www.w3.org', 'example.com']);

async function filesOf(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** True when `reference` (as written in a page) would be fetched from a host other than the site's. */
function pointsElsewhere(reference: string): boolean {
  const trimmed = reference.trim();
  if (trimmed === '' || /^(data|blob|about|javascript|mailto):/i.test(trimmed)) return false;
  const siteOrigin = 'http://site.invalid';
  return new URL(trimmed, `${siteOrigin}/page/`).origin !== siteOrigin;
}

/** url(...) and @import targets in a piece of CSS. */
function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)].map((match) => match[2]!);
  const imports = [...css.matchAll(/@import\s+(['"])(.*?)\1/g)].map((match) => match[2]!);
  return [...urls, ...imports];
}

/** Hosts named by absolute or protocol-relative URLs inside string literals of a script. */
function scriptHosts(script: string): string[] {
  return [...script.matchAll(/["'`](?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)].map((match) => match[1]!.toLowerCase());
}

const browser = chromiumForTests();
let files: string[];

beforeAll(async () => {
  files = await filesOf(distDir);
});
describe('size of the whole build', () => {
  it('is under 2 MB for the real report', async () => {
    const sizes = await Promise.all(files.map(async (file) => ({ file, bytes: (await stat(file)).size })));
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const largest = sizes
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 8)
      .map(({ file, bytes }) => `${path.relative(distDir, file)} ${bytes}`);
    expect(total, `dist/ holds ${total} bytes; largest files:\n${largest.join('\n')}`).toBeLessThan(distBudgetBytes);
    expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
  });
});

describe('references to other hosts in the built files', () => {
  it('no HTML page loads anything from another host', async () => {
    const htmlFiles = files.filter((file) => file.endsWith('.html'));
    expect(htmlFiles.length).toBeGreaterThan(40);
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/`);
    const offenders: string[] = [];
    for (const file of htmlFiles) {
      const html = await readFile(file, 'utf8');
      // DOMParser builds the document without fetching or running anything in it.
      const found = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        const loading = ['stylesheet', 'icon', 'preload', 'prefetch', 'modulepreload', 'manifest', 'preconnect', 'dns-prefetch', 'apple-touch-icon', 'mask-icon'];
        const references: string[] = [];
        const push = (value: string | null) => value && references.push(value);
        doc.querySelectorAll('[src]').forEach((element) => push(element.getAttribute('src')));
        doc.querySelectorAll('[srcset]').forEach((element) =>
          element.getAttribute('srcset')!.split(',').forEach((candidate) => push(candidate.trim().split(/\s+/)[0] ?? '')),
        );
        doc.querySelectorAll('link[href]').forEach((link) => {
          const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
          if (rel.some((token) => loading.includes(token))) push(link.getAttribute('href'));
        });
        doc.querySelectorAll('object[data]').forEach((element) => push(element.getAttribute('data')));
        doc.querySelectorAll('video[poster]').forEach((element) => push(element.getAttribute('poster')));
        doc.querySelectorAll('form[action]').forEach((element) => push(element.getAttribute('action')));
        doc.querySelectorAll('meta[http-equiv="refresh" i]').forEach((element) => push(/url=(.*)$/i.exec(element.getAttribute('content') ?? '')?.[1] ?? null));
        const styles = [...doc.querySelectorAll('style')].map((style) => style.textContent ?? '');
        doc.querySelectorAll('[style]').forEach((element) => styles.push(element.getAttribute('style')!));
        const scripts = [...doc.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '');
        return { references, styles, scripts };
      }, html);
      const where = path.relative(distDir, file);
      const references = [...found.references, ...found.styles.flatMap(cssReferences)];
      for (const reference of references) if (pointsElsewhere(reference)) offenders.push(`${where}: ${reference}`);
      for (const host of found.scripts.flatMap(scriptHosts)) if (!namesNotRequests.has(host)) offenders.push(`${where} (inline script): ${host}`);
    }
    await page.close();
    expect(offenders).toEqual([]);
  });

  it('no stylesheet loads anything from another host', async () => {
    const stylesheets = files.filter((file) => file.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const file of stylesheets) {
      for (const reference of cssReferences(await readFile(file, 'utf8'))) {
        if (pointsElsewhere(reference)) offenders.push(`${path.relative(distDir, file)}: ${reference}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('no script names another host (apart from namespace names and Pagefind\'s URL placeholder)', async () => {
    const scripts = files.filter((file) => /\.m?js$/.test(file));
    expect(scripts.some((file) => file.includes(`${path.sep}pagefind${path.sep}`))).toBe(true);
    const offenders: string[] = [];
    for (const file of scripts) {
      for (const host of scriptHosts(await readFile(file, 'utf8'))) {
        if (!namesNotRequests.has(host)) offenders.push(`${path.relative(distDir, file)}: ${host}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the checks themselves catch a reference to another host', () => {
    expect(pointsElsewhere('https://fonts.googleapis.com/css')).toBe(true);
    expect(pointsElsewhere('//cdn.example.net/a.js')).toBe(true);
    expect(pointsElsewhere('/_astro/a.css')).toBe(false);
    expect(pointsElsewhere('data:image/svg+xml,%3Csvg%3E')).toBe(false);
    expect(cssReferences("@import 'https://x.test/a.css'; a{background:url(\"//y.test/b.png\")}")).toEqual(['//y.test/b.png', 'https://x.test/a.css']);
    expect(scriptHosts('fetch("https://api.x.test/v1"); const n = "http://www.w3.org/2000/svg";')).toEqual(['api.x.test', 'www.w3.org']);
  });
});

describe('requests while searching', () => {
  it('a search from /search/?q= asks nothing of another host', async () => {
    const page = await browser().newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('الاتجار')}`);
    // Wait for the search to finish and show its results, not for a quiet network: on a busy
    // machine the page's script may not have asked for the index yet when the network first rests.
    expect((await readOutcome(page)).unitIds.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await page.close();
    // The search really ran: Pagefind's script and index were fetched.
    expect(requested.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== baseUrl)).toEqual([]);
  });
});
