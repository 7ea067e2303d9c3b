/**
 * The Content-Security-Policy: every built page carries it in a meta tag that agrees with the
 * header in _headers, every page loads under it without a single violation (including the 404
 * page and a search with results), and every script still does its work under it.
 *
 * The pages are found in the build, not listed here, so a page or script added later is held to
 * the same policy.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parsePolicy, type Policy } from '../../src/layouts/content-security-policy';
import { parseHeadersFile } from '../support/headers-file';
import { settled } from '../support/search-results';
import { chromiumForTests } from './helpers/chromium';
import { htmlFiles, urlPathOf } from './helpers/site-facts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = chromiumForTests();

const metaPolicyPattern = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/gi;

/** Sources that would let injected or foreign code run or load. */
const forbiddenSources = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:'];

function directives(policy: Policy): Map<string, string[]> {
  return new Map(policy.map(([name, ...sources]) => [name, sources]));
}

/** The checks every policy of the site must pass, wherever it is written. */
function expectStrict(policy: Map<string, string[]>, where: string): void {
  expect(policy.get('default-src'), `${where}: default-src`).toEqual(["'self'"]);
  expect(policy.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${where}: base-uri`).toEqual(["'self'"]);
  expect(policy.get('form-action'), `${where}: form-action`).toEqual(["'self'"]);
  for (const [name, sources] of policy) {
    for (const source of sources) expect(forbiddenSources, `${where}: ${name} ${source}`).not.toContain(source.toLowerCase());
  }
}

describe('the policy in _headers and in each page', () => {
  let files: string[];
  let header: Map<string, string[]>;
  const metaPolicies = new Map<string, Map<string, string[]>>();
  const html = new Map<string, string>();

  beforeAll(async () => {
    files = await htmlFiles(distDir);
    for (const file of files) {
      const text = await readFile(path.join(distDir, file), 'utf8');
      html.set(file, text);
      const found = [...text.matchAll(metaPolicyPattern)];
      if (found.length === 1) metaPolicies.set(file, directives(parsePolicy(found[0]![1]!.replaceAll('&#39;', "'"))));
    }
  });

  it('_headers sends one strict policy to every path, with frame-ancestors, nosniff and a referrer policy', async () => {
    const rules = parseHeadersFile(await readFile(path.join(distDir, '_headers'), 'utf8'));
    const withPolicy = rules.filter((rule) => rule.headers.has('content-security-policy'));
    expect(withPolicy.map((rule) => rule.path)).toEqual(['/*']);
    const everyPath = withPolicy[0]!;
    expect(everyPath.headers.get('content-security-policy')).toHaveLength(1);
    header = directives(parsePolicy(everyPath.headers.get('content-security-policy')![0]!));
    expectStrict(header, '_headers');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(everyPath.headers.get('x-content-type-options')).toEqual(['nosniff']);
    expect(everyPath.headers.get('referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
  });

  it('every page carries exactly one policy in a meta tag, ahead of every script, style and stylesheet', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = html.get(file)!;
      expect(metaPolicies.has(file), `${file}: one <meta http-equiv="Content-Security-Policy">`).toBe(true);
      const meta = text.search(/<meta http-equiv="Content-Security-Policy"/i);
      const firstResource = text.search(/<(script|style|link)\b/i);
      expect(meta, `${file}: the policy comes before the first script, style or link`).toBeLessThan(firstResource);
    }
  });

  it('each page\'s policy is the header\'s, narrowed only by leaving out WebAssembly where no search runs', () => {
    for (const [file, policy] of metaPolicies) {
      expectStrict(policy, file);
      // frame-ancestors is ignored in a meta tag, so it belongs to the header alone.
      expect(policy.has('frame-ancestors'), `${file}: frame-ancestors in a meta tag`).toBe(false);
      expect([...policy.keys()].sort(), `${file}: directives`).toEqual([...header.keys()].filter((name) => name !== 'frame-ancestors').sort());
      for (const [name, sources] of policy) {
        const allowed = header.get(name)!;
        expect(allowed, `${file}: ${name} allows no more than the header`).toEqual(expect.arrayContaining(sources));
        const missing = allowed.filter((source) => !sources.includes(source));
        expect(missing, `${file}: ${name} narrows the header only by 'wasm-unsafe-eval'`).toEqual(name === 'script-src' ? missing.filter((source) => source === "'wasm-unsafe-eval'") : []);
      }
    }
    const withWebAssembly = [...metaPolicies].filter(([, policy]) => policy.get('script-src')?.includes("'wasm-unsafe-eval'")).map(([file]) => urlPathOf(file));
    expect(withWebAssembly).toEqual(['/search/']);
  });

  it('no page holds an inline script, style, style attribute or event-handler attribute', () => {
    for (const [file, text] of html) {
      const inlineScripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
        ([, attributes, body]) => !/\bsrc=/i.test(attributes!) && !/type="application\/(ld\+)?json"/i.test(attributes!) && body!.trim() !== '',
      );
      expect(inlineScripts.map(([script]) => script.slice(0, 80)), `${file}: inline scripts`).toEqual([]);
      expect(text.match(/<style\b[^>]*>[\s\S]{0,80}/gi) ?? [], `${file}: <style> elements`).toEqual([]);
      expect(text.match(/<[^>]+\sstyle="[^"]*"/gi) ?? [], `${file}: style attributes`).toEqual([]);
      expect(text.match(/<[^>]+\son[a-z]+=/gi) ?? [], `${file}: event-handler attributes`).toEqual([]);
    }
  });
});

/** Records every CSP violation, uncaught error and console error of a page from before its first byte. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    // A failed request is reported below with its URL; the 404 page's own status is expected.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // A request the next navigation cancels (net::ERR_ABORTED) is not the page's fault; one the
    // policy blocks fails as net::ERR_BLOCKED_BY_CSP and is also reported as a violation.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** Loads a page, waits for its scripts, stylesheets and fonts, and runs `after` on it. */
async function load(page: Page, url: string, after?: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await after?.(page);
  // Violations are reported as events after the fact; one more task lets the last arrive.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

/** Loads a page in a tab of its own; returns what went wrong. */
async function problemsLoading(context: BrowserContext, url: string, after?: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await context.newPage();
  const problems = await watch(page);
  await load(page, url, after);
  await page.close();
  return problems;
}

describe('every page under the policy in Chromium', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext();
  });
  afterAll(async () => {
    await context.close();
  });

  it('the policy is enforced: an injected inline script is refused and reported', async () => {
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${baseUrl}/recommendations/12/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
      return new Promise((resolve) => setTimeout(() => resolve((window as unknown as { injected?: boolean }).injected === true), 50));
    });
    expect(ran).toBe(false);
    expect(problems.some((problem) => problem.startsWith('securitypolicyviolation: script-src'))).toBe(true);
    await page.close();
  });

  it('no built page reports a violation or an error', async () => {
    const files = await htmlFiles(distDir);
    expect(files.length).toBeGreaterThan(50);
    const page = await context.newPage();
    const problems = await watch(page);
    const report: Record<string, string[]> = {};
    for (const file of files) {
      await load(page, baseUrl + urlPathOf(file));
      if (problems.length > 0) report[urlPathOf(file)] = problems.splice(0);
    }
    await page.close();
    expect(report).toEqual({});
    // More than fifty pages, each loaded to its fonts: allow for a busy machine.
  }, 600_000);

  it('an unknown address (the 404 page) reports none', async () => {
    expect(await problemsLoading(context, `${baseUrl}/this-page-does-not-exist/`)).toEqual([]);
  });

  it('a search with results reports none: Pagefind runs under the search page\'s policy', async () => {
    let results = 0;
    const problems = await problemsLoading(context, `${baseUrl}/search/?q=${encodeURIComponent('الضحايا')}`, async (page) => {
      expect(await settled(page)).toBe('done');
      results = await page.locator('.search-result-title a').count();
    });
    expect(problems).toEqual([]);
    expect(results).toBeGreaterThan(0);
  });
});

describe('every script works under the policy', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  });
  afterAll(async () => {
    await context.close();
  });

  it('copy link puts the page\'s address on the clipboard', async () => {
    const problems = await problemsLoading(context, `${baseUrl}/recommendations/12/`, async (page) => {
      await page.getByRole('button', { name: 'انسخ الرابط' }).click();
      await expect.poll(() => page.locator('.copy-link-status').textContent()).toBe('نُسخ الرابط.');
      // Built without SITE_ORIGIN there is no canonical link: the address is the one the reader is at.
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/recommendations/12/`);
    });
    expect(problems).toEqual([]);
  });

  it('copy text puts the unit\'s text on the clipboard', async () => {
    const problems = await problemsLoading(context, `${baseUrl}/paragraphs/5/`, async (page) => {
      await page.getByRole('button', { name: 'انسخ النص' }).click();
      await expect.poll(() => page.locator('.copy-text-status').textContent()).toBe('نُسخ النص.');
      const text = (await page.locator('.unit-text').innerText()).trim();
      expect(text.length).toBeGreaterThan(20);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(text);
    });
    expect(problems).toEqual([]);
  });

  it('"print this section" opens the print dialog', async () => {
    const page = await context.newPage();
    const problems = await watch(page);
    // The dialog itself cannot be seen headless; counting the calls shows the button's script ran.
    await page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
      };
    });
    await page.goto(`${baseUrl}/sections/ii-a/`);
    await page.getByRole('button', { name: 'اطبع هذا القسم' }).click();
    // The button first loads the print face, then opens the dialog.
    await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the "/" key focuses the search box, in the header and on the search page', async () => {
    for (const [urlPath, box] of [
      ['/recommendations/12/', '#site-search-query'],
      ['/search/', '#search-query'],
    ] as const) {
      const problems = await problemsLoading(context, baseUrl + urlPath, async (page) => {
        await page.keyboard.press('/');
        expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), box), urlPath).toBe(true);
      });
      expect(problems, urlPath).toEqual([]);
    }
  });

  it('search finds and lists results', async () => {
    const problems = await problemsLoading(context, `${baseUrl}/search/`, async (page) => {
      await page.locator('#search-query').fill('العمال');
      await page.locator('#search-query').press('Enter');
      expect(await settled(page)).toBe('done');
      expect(await page.locator('.search-result-title a').count()).toBeGreaterThan(0);
    });
    expect(problems).toEqual([]);
  });
});
