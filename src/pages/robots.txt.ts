/** /robots.txt: everything may be crawled; the sitemap's address follows the one `site` setting. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/absolute-url';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
