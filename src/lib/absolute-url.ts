/** Absolute URLs for canonical links, Open Graph and citations, from the one `site` setting. */

/** `pathname` ("/recommendations/12/") resolved against the configured site origin. */
export function absoluteUrl(pathname: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site`: canonical URLs and citations need the origin.');
  return new URL(pathname, site).href;
}
