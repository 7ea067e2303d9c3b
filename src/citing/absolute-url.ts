/**
 * Absolute URLs for canonical links, Open Graph, the sitemap and citations, from the one origin
 * setting (SITE_ORIGIN, see src/citing/site-origin.ts), which Astro holds as `site`.
 */

/**
 * `pathname` ("/recommendations/12/") resolved against the configured origin, or undefined when no
 * origin is configured: callers then leave the absolute URL out or let the page's script complete
 * it from the address the reader is at, and never make one up.
 */
export function absoluteUrl(pathname: string, site: URL | undefined): string | undefined {
  return site ? new URL(pathname, site).href : undefined;
}
