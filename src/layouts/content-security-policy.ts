/**
 * The site's Content-Security-Policy, in one place. Every page carries it as a
 * <meta http-equiv="Content-Security-Policy"> (BaseLayout.astro), and public/_headers sends it as an
 * HTTP header for hosts that read that file (Netlify, Cloudflare Pages); a site test checks that
 * the two agree.
 *
 * The policy allows nothing but the site's own files: no inline script or style (the build writes
 * every script and stylesheet to a file; see astro.config.mjs), no plugin, no other host.
 * Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval', so only the search page allows it.
 */

/** A policy as its directives, in the order they are written: [name, ...sources]. */
export type Policy = ReadonlyArray<readonly [string, ...string[]]>;

const self = "'self'";

/** What every page may do. */
const pagePolicy: Policy = [
  ['default-src', self],
  ['script-src', self],
  ['style-src', self],
  ['object-src', "'none'"],
  ['base-uri', self],
  ['form-action', self],
];

/** The search page runs Pagefind, whose index is read by WebAssembly. */
const searchPagePolicy: Policy = pagePolicy.map(([name, ...sources]) =>
  name === 'script-src' ? [name, ...sources, "'wasm-unsafe-eval'"] : [name, ...sources],
);

/**
 * The policy in the HTTP header. A _headers file cannot give one path a different value of a
 * header than `/*` on both hosts alike (Netlify replaces it, Cloudflare Pages joins the two, which
 * makes two policies that must both pass), so the header carries the search page's policy on every
 * path, and each page's meta tag narrows it: a browser enforces both, so 'wasm-unsafe-eval' takes
 * effect on the search page only. `frame-ancestors` works only in a header, never in a meta tag.
 */
export const headerPolicy: Policy = [...searchPagePolicy, ['frame-ancestors', "'none'"]];

/** The policy of one page: `runsSearch` for the page that loads Pagefind. */
export function policyForPage({ runsSearch }: { runsSearch: boolean }): Policy {
  return runsSearch ? searchPagePolicy : pagePolicy;
}

/** The policy as the text of a header or meta tag: "default-src 'self'; script-src 'self'; …". */
export function serializePolicy(policy: Policy): string {
  return policy.map((directive) => directive.join(' ')).join('; ');
}

/** Reads a policy's text back into directives (names lower-cased, empty directives skipped). */
export function parsePolicy(text: string): Policy {
  return text
    .split(';')
    .map((directive) => directive.trim().split(/\s+/).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name, ...sources]) => [name!.toLowerCase(), ...sources] as const);
}
