// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownOptions } from './src/integrations/markdown-options.ts';
import searchIndex from './src/integrations/pagefind.ts';
import plainTextCopies from './src/integrations/plain-text.ts';
import subsetFonts from './src/integrations/subset-fonts.ts';
import offlineReading from './src/integrations/offline.ts';
import unitChunks from './src/integrations/unit-chunks.ts';
import unitModules from './src/integrations/unit-modules.ts';
import { parseSiteOrigin } from './src/citing/site-origin.ts';

// The site's origin is a deployment setting: SITE_ORIGIN=https://… npm run build. Canonical links,
// Open Graph, the sitemap, robots.txt and citations use it. Without it nothing names a host: every
// link is root-relative, the page's script completes citations and copied links from the address
// the reader is at, and what needs an absolute URL is left out (README.md, "Pages and URLs").
// A deployment that wants a fixed origin in the repository adds it as the fallback here:
// parseSiteOrigin(process.env.SITE_ORIGIN) ?? 'https://…'.
const site = parseSiteOrigin(process.env.SITE_ORIGIN);

export default defineConfig({
  site,
  // Tests and benchmarks build into their own folder so that parallel builds never share one.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // The content layer's cache (data-store.json) is per build too: builds of different generated
  // folders must not share it, and the benchmark empties it to measure cold builds.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Two pages render at once: while one page's files are written, the next renders. At 100x
    // (4,154 pages) rendering took 29.8 s instead of 32.5 s side by side, every file the same.
    concurrency: 2,
    // Every stylesheet is a file: the Content-Security-Policy (src/layouts/content-security-policy.ts) allows no inline style.
    inlineStylesheets: 'never',
  },
  // offlineReading last: its service worker lists every file the others write.
  // A sitemap must list absolute URLs, so there is none without an origin.
  integrations: [subsetFonts(), mdx(), ...(site ? [sitemap()] : []), plainTextCopies(), searchIndex(), offlineReading()],
  vite: {
    // Astro would inline a small script (and Vite a small asset as a data: URL); the
    // Content-Security-Policy allows only the site's own files, so every one stays a file.
    build: { assetsInlineLimit: 0 },
    plugins: [unitModules(), unitChunks()],
  },
  // Publish the document's characters as printed: no smart quotes, no links made from the text.
  markdown: markdownOptions,
});
