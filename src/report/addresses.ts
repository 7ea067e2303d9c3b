/**
 * Every id and address the site builds, in one place: a unit's id ("recommendation-12", also its
 * anchor on /report/ and on its section page, and its MDX file name), a section heading's anchor
 * ("section-ii-a"), and the URLs of a unit page, its plain-text copy, a section page and a unit's
 * place on /report/. Ingest writes `unit.id` and `unit.url` into report.json with these functions,
 * and the site builds every other address with them, so an address is spelled once. Pure: safe
 * in the browser bundle too.
 */
import type { LineOwner, SectionId, UnitKind } from './schema';

/** The path segment of each kind's pages: /recommendations/<n>/, /paragraphs/<n>/. */
const unitFolder: Record<UnitKind, string> = { recommendation: 'recommendations', paragraph: 'paragraphs' };

/** "recommendation-12", "paragraph-5": a unit's id. */
export function unitId(kind: UnitKind, number: number): string {
  return `${kind}-${number}`;
}

/** "/recommendations/12/", "/paragraphs/5/": a unit's own page. */
export function unitUrl(kind: UnitKind, number: number): string {
  return `/${unitFolder[kind]}/${number}/`;
}

/** "/recommendations/12/text.txt": a unit's plain-text copy, beside its page. */
export function plainTextUrl(unit: { url: string }): string {
  return `${unit.url}text.txt`;
}

/** "section-ii-a": the anchor of a section's heading on /report/ and on its chapter's page. */
export function sectionAnchor(id: SectionId): string {
  return `section-${id}`;
}

/** "/sections/ii-a/": the page showing one whole section. */
export function sectionUrl(section: { id: SectionId }): string {
  return `/sections/${section.id}/`;
}

/** "/report/#recommendation-12": a unit's place on the one-page report. */
export function placeInReportUrl(unit: { id: string }): string {
  return `/report/#${unit.id}`;
}

/** "/sections/ii-a/#recommendation-12": a unit in its section's page. */
export function placeInSectionUrl(unit: { id: string; section: SectionId }): string {
  return `${sectionUrl({ id: unit.section })}#${unit.id}`;
}

/**
 * The key a line's owner is known by on the site: the unit's id ("recommendation-12"), the
 * heading's anchor ("section-ii-b"), or "masthead". Ingest writes it as readingOrderChanges[].belongsTo,
 * and the notes are filed under it.
 */
export function ownerKey(owner: LineOwner): string {
  if (owner.kind === 'unit') return owner.id;
  if (owner.kind === 'section') return sectionAnchor(owner.id);
  return 'masthead';
}
