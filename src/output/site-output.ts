/**
 * What a complete build of the site holds, so that scripts/build.ts puts a new build in place
 * only when every step has written its part, and replaces only a folder that is an earlier build.
 *
 * Pure: the report and a file test in, names out.
 */
import { plainTextUrl } from '../report/addresses';
import type { Report } from '../report/schema';

/**
 * Files every build has, whatever the report: pages, the data and the search index. (The sitemap
 * is built only when SITE_ORIGIN names the host, since it must list absolute URLs.)
 */
const alwaysBuilt = ['index.html', '404.html', 'report/index.html', 'data/report.json', 'pagefind/pagefind.js'];

/** Paths (relative to the build folder) that a complete build of `report` has and `exists` lacks. */
export function missingFromSiteBuild(report: Pick<Report, 'units'>, exists: (file: string) => boolean): string[] {
  const expected = [...alwaysBuilt];
  for (const unit of report.units) expected.push(`${unit.url.slice(1)}index.html`, plainTextUrl(unit).slice(1));
  return expected.filter((file) => !exists(file));
}

/**
 * Whether a folder's top-level entries ("index.html", "pagefind/") are those of an earlier build
 * of this site, complete or not: the home page and the 404 page are written by the Astro step itself.
 * Site builds carry no marker file, because everything in the folder is published.
 */
export function isSiteBuild(entries: string[]): boolean {
  return entries.includes('index.html') && entries.includes('404.html');
}
