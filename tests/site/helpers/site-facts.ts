/**
 * What the site tests know about the document independently of the program (the issue fixes
 * these numbers), and the served report.json for everything else (text, order, sections).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../../../src/report/schema';

/** Recommendations 12–34 and paragraphs 1–18, as the issue states them. */
export const recommendationNumbers = Array.from({ length: 23 }, (_, index) => 12 + index);
export const paragraphNumbers = Array.from({ length: 18 }, (_, index) => 1 + index);
export const sectionIds = ['ii', 'ii-a', 'ii-b', 'ii-c', 'iii', 'iv', 'iv-b'];

/** One page of each kind, for checks too slow to run on every page. */
export const pagesOfEachKind = [
  '/',
  '/report/',
  '/sections/ii/',
  '/sections/ii-c/',
  '/recommendations/12/',
  '/paragraphs/17/',
  '/notes/',
  '/numbers/',
  '/this-page-does-not-exist/',
];

/** The document tree the site was built from, as the site serves it. */
export async function fetchReport(baseUrl: string): Promise<Report> {
  const response = await fetch(`${baseUrl}/data/report.json`);
  if (!response.ok) throw new Error(`/data/report.json answered ${response.status}`);
  return (await response.json()) as Report;
}

/** Every .html file in the build, as paths relative to distDir ("recommendations/12/index.html"). */
export async function htmlFiles(distDir: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** "recommendations/12/index.html" → "/recommendations/12/"; "404.html" → "/404.html". */
export function urlPathOf(htmlFile: string): string {
  const posix = htmlFile.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return '/' + posix.slice(0, -'index.html'.length);
  return '/' + posix;
}
