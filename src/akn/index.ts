/** The report as Akoma Ntoso 3.0 XML (AKN4UN naming): build the tree, then serialize it. */
import { toXml } from 'xast-util-to-xml';
import type { Report } from '../report/schema';
import { buildAkomaNtoso } from './build';

export { buildAkomaNtoso, aknNamespace, itsNamespace } from './build';
export { frbrUris, sectionEid, unitEid } from './identifiers';
export { scriptRuns } from '../text/script-runs';
export { parseMeetingDates } from './meeting-dates';

/** The report serialized as an Akoma Ntoso XML document (UTF-8 text, ending in a newline). */
export function akomaNtosoXml(report: Report): string {
  return `${toXml(buildAkomaNtoso(report))}\n`;
}
