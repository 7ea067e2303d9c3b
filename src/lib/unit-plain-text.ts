/**
 * A unit as plain text, for readers who paste it into a note, an e-mail or a draft: its title,
 * its text, then where it comes from (the citation the page shows) and its link.
 */
import type { Report, Unit } from '../schema/report';
import { documentCitation } from '../text/labels';

/** The path of a unit's plain-text copy: "/recommendations/12/text.txt". */
export function plainTextUrl(unit: Pick<Unit, 'url'>): string {
  return `${unit.url}text.txt`;
}

/** The unit as UTF-8 plain text lines, ending in a newline; `url` is the page's absolute URL. */
export function unitPlainText(document: Report['document'], unit: Unit, url: string): string {
  // Latin runs (the job number, the URL) are wrapped in Unicode isolates (FSI … PDI) so that a
  // plain-text editor lays them out left to right inside the Arabic line, as the page does with <bdi>.
  const isolate = (text: string) => `\u2068${text}\u2069`;
  return [
    unit.title,
    '',
    unit.text,
    '',
    `المصدر: ${documentCitation(document)}، ${isolate(document.jobNumber)}، ${unit.title}.`,
    isolate(url),
    '',
  ].join('\n');
}
