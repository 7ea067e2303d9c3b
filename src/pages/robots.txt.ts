/**
 * /robots.txt: everything may be crawled. The Sitemap line must be an absolute URL, so it is
 * written only when the build knows the site's origin (SITE_ORIGIN), as is the sitemap itself.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../citing/absolute-url';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('/sitemap-index.xml', site);
  const lines = ['User-agent: *', 'Allow: /', ...(sitemap ? ['', `Sitemap: ${sitemap}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
