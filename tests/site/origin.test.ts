/**
 * The origin is a deployment setting (SITE_ORIGIN). The site under test is built without it: then
 * no host is invented anywhere in the output, and nothing that needs an absolute URL (canonical,
 * og:url, sitemap, robots.txt's Sitemap line, the link in text.txt) is written. A second build into
 * a folder of its own, with SITE_ORIGIN set, must use that origin for every absolute URL.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles, urlPathOf } from './helpers/site-facts';
import { originSite, siteOrigin } from '../support/origin-site';

const distDir = inject('distDir');

/** Namespace names, not links: XML and SVG name their vocabularies by URI. */
const namespaceHosts = new Set(['www.w3.org', 'docs.oasis-open.org', 'www.sitemaps.org', 'www.google.com']);
/** Pagefind's own script parses relative URLs against a placeholder base it never shows or fetches. */
const pagefindPlaceholder = 'https://example.com';

interface AbsoluteUrlFound {
  file: string;
  url: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or undefined for binary files (fonts, images, Pagefind's compressed index). */
function textOf(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Every http(s) URL written in any text file of `dir`, but namespace names. */
async function absoluteUrlsIn(dir: string): Promise<AbsoluteUrlFound[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found: AbsoluteUrlFound[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    const text = textOf(await readFile(path.join(dir, file)));
    if (text === undefined) continue;
    for (const match of text.matchAll(/https?:\/\/[^\s"'<>`)\\]+/g)) {
      const url = match[0];
      if (namespaceHosts.has(new URL(url).host)) continue;
      if (file.startsWith(`pagefind${path.sep}`) && url.startsWith(pagefindPlaceholder)) continue;
      found.push({ file, url });
    }
  }
  return found;
}

describe('a build without SITE_ORIGIN', () => {
  it('writes no absolute URL in any file: no invented host', async () => {
    const found = await absoluteUrlsIn(distDir);
    expect(found).toEqual([]);
  });

  it('writes no canonical link or og:url, no sitemap, and no Sitemap line in robots.txt', async () => {
    for (const file of await htmlFiles(distDir)) {
      const html = await readFile(path.join(distDir, file), 'utf8');
      expect(html, file).not.toMatch(/rel="?canonical|og:url/);
    }
    expect(existsSync(path.join(distDir, 'sitemap-index.xml'))).toBe(false);
    const robots = await readFile(path.join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toBe('User-agent: *\nAllow: /\n');
  });

  it('keeps the 404 page out of search engines without an origin too', async () => {
    expect(await readFile(path.join(distDir, '404.html'), 'utf8')).toContain('<meta name="robots" content="noindex">');
    expect(await readFile(path.join(distDir, 'recommendations/12/index.html'), 'utf8')).not.toContain('noindex');
  });
});

describe('a build with SITE_ORIGIN', () => {
  const origin = siteOrigin;
  let outDir: string;

  // The real report built with SITE_ORIGIN, in a copy of the project (tests/support/origin-site.ts);
  // the run's shared folder it is made in is removed at the end of the run.
  beforeAll(async () => {
    outDir = (await originSite(inject('sharedBuildsDir'))).distDir;
  }, 1_200_000);

  it('uses the origin for every absolute URL it writes', async () => {
    const found = await absoluteUrlsIn(outDir);
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter(({ url }) => !url.startsWith(`${origin}/`))).toEqual([]);
  });

  it('gives every page its canonical link and og:url on the origin', async () => {
    for (const file of await htmlFiles(outDir)) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      if (file === '404.html') {
        expect(html).not.toContain('rel="canonical"');
        continue;
      }
      const url = `${origin}${urlPathOf(file)}`;
      expect(html, file).toContain(`<link rel="canonical" href="${url}">`);
      expect(html, file).toContain(`<meta property="og:url" content="${url}">`);
    }
  });

  it('writes the full address into the citation, the copy-link buttons and text.txt', async () => {
    const unitPage = await readFile(path.join(outDir, 'recommendations/12/index.html'), 'utf8');
    expect(unitPage).toMatch(new RegExp(`class="[^"]*citation-url[^"]*"[^>]*>${origin}/recommendations/12/</bdi>`));
    expect(unitPage).toContain(`data-url="${origin}/recommendations/12/"`);
    const sectionPage = await readFile(path.join(outDir, 'sections/ii-a/index.html'), 'utf8');
    expect(sectionPage).toContain(`data-url="${origin}/sections/ii-a/#recommendation-13"`);
    const text = await readFile(path.join(outDir, 'recommendations/12/text.txt'), 'utf8');
    expect(text).toContain(`${origin}/recommendations/12/`);
  });

  it('writes a sitemap of every page, named by robots.txt', async () => {
    const robots = await readFile(path.join(outDir, 'robots.txt'), 'utf8');
    expect(robots).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`);
    const index = await readFile(path.join(outDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const listed: string[] = [];
    for (const sitemap of sitemaps) {
      const xml = await readFile(path.join(outDir, sitemap), 'utf8');
      listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
    }
    const pages = (await htmlFiles(outDir)).filter((file) => file !== '404.html').map((file) => `${origin}${urlPathOf(file)}`);
    expect(listed.sort()).toEqual(pages.sort());
  });
});
