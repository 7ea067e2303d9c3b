/**
 * A unit as plain text, for readers who paste it into a note, an e-mail or a draft: its title,
 * its text, then where it comes from (the citation the page shows) and its link.
 */
import type { Report, Unit } from '../report/schema';
import { documentCitation } from '../text/labels';

/**
 * The unit as plain text lines, ending in a newline; `url` is the page's absolute URL, left out
 * when the build does not know the site's origin (a root-relative path is no link in a mail).
 */
export function unitPlainText(document: Report['document'], unit: Unit, url: string | undefined): string {
  // Only the characters a reader sees: no invisible direction marks or isolates around the job
  // number or the URL. Pasted into a mail or a chat they would become part of the link and break
  // it; isolating Latin runs is the page's business (<bdi>), not the copied text's.
  return [
    unit.title,
    '',
    unit.text,
    '',
    `المصدر: ${documentCitation(document)}، ${document.jobNumber}، ${unit.title}.`,
    ...(url ? [url] : []),
    '',
  ].join('\n');
}
