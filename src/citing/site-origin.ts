/**
 * The site's origin is a deployment setting, read at build time from the SITE_ORIGIN environment
 * variable ("https://reports.example.int"). Without it the build invents no host: links stay
 * root-relative, the citation and the copied link are completed in the reader's browser from the
 * address the page was opened at, and whatever needs an absolute URL (canonical links, og:url,
 * the sitemap, robots.txt's Sitemap line, the link in text.txt) is left out.
 */

/** The name of the environment variable; README.md documents it. */
export const siteOriginVariable = 'SITE_ORIGIN';

/**
 * The origin `value` names, as "https://host[:port]" without a trailing slash, or undefined when
 * `value` is unset or blank. Anything but a bare http(s) origin is refused with a message naming
 * the variable, so that a typo fails the build instead of publishing broken links.
 */
export function parseSiteOrigin(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const problem = (what: string) =>
    new Error(`${siteOriginVariable}="${value}": ${what}; give the deployed origin only, as in https://reports.example.int`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw problem('not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw problem(`scheme ${url.protocol} is not http or https`);
  if (url.username || url.password) throw problem('it holds a user name or password');
  if (url.pathname !== '/' || url.search || url.hash) throw problem('it has a path, query or fragment (the site is served from the root)');
  return url.origin;
}
