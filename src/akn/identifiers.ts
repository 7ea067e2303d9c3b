/**
 * Names in the Akoma Ntoso document: FRBR URIs for the work, its Arabic expression and this XML
 * manifestation (AKN naming convention with the AKN4UN jurisdiction "un"), and eIds for every
 * section and unit.
 */
import type { Section, Unit } from '../report/schema';

/** The FRBR "this" and "uri" pair of each level. */
export interface FrbrUris {
  work: { this: string; uri: string };
  expression: { this: string; uri: string };
  manifestation: { this: string; uri: string };
}

/**
 * URIs for a report of the UNTOC Working Group on Trafficking in Persons. The document has no
 * symbol in our source, so its job number ("V.19-09259 (A)" → "v19-09259") is the work number.
 */
export function frbrUris(jobNumber: string, meetingEnd: string): FrbrUris {
  const number = jobNumber.replace(/\(.*?\)/g, '').replace(/[^A-Za-z0-9-]/g, '').toLowerCase();
  const work = `/akn/un/debateReport/wg-tip/${meetingEnd}/${number}`;
  const expression = `${work}/ara@`;
  return {
    work: { this: `${work}/!main`, uri: work },
    expression: { this: `${expression}/!main`, uri: expression },
    manifestation: { this: `${expression}/!main.xml`, uri: `${expression}.akn` },
  };
}

/**
 * eId of a chapter or subsection: "dbsect_ii", "dbsect_ii__dbsect_a" (AKN's abbreviation for
 * debateSection, hierarchical with "__"). A subsection id "ii-a" carries its chapter in front.
 */
export function sectionEid(section: Pick<Section, 'id'>): string {
  return section.id
    .split('-')
    .map((part) => `dbsect_${part}`)
    .join('__');
}

/**
 * eId of a unit inside its section: "dbsect_ii__dbsect_a__recommendation_12", "dbsect_iii__para_5".
 * Recommendations take their container's name ("rec" is AKN's prefix for recitals); paragraphs
 * take AKN's "para". The two prefixes keep ids unique although numbers 12–18 exist in both kinds.
 */
export function unitEid(unit: Pick<Unit, 'kind' | 'number' | 'section'>): string {
  const prefix = unit.kind === 'recommendation' ? 'recommendation' : 'para';
  return `${sectionEid({ id: unit.section })}__${prefix}_${unit.number}`;
}
