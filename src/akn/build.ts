/**
 * The whole report as an Akoma Ntoso 3.0 `debateReport` (xast tree), named as AKN4UN names UN
 * documents. Chapters and subsections are `debateSection`s; each unit is a nested
 * `debateSection` with `name="recommendation"` or `name="paragraph"`, its printed `num` and its
 * text in a `p`. (The schema admits no `hcontainer` or `paragraph` inside a debateSection, so
 * the unit is a debateSection too; its name says which kind it is.)
 */
import type { Element, ElementContent, Root } from 'xast';
import { x } from 'xastscript';
import type { Report, Section, Unit } from '../report/schema';
import { frbrUris, sectionEid, unitEid } from './identifiers';
import { inlineText } from './inline';
import { parseMeetingDates } from './meeting-dates';
import { toArabicIndicDigits } from '../text/arabic/digits';

/** The Akoma Ntoso 3.0 namespace. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** The W3C Internationalization Tag Set namespace, for `its:dir`. */
export const itsNamespace = 'http://www.w3.org/2005/11/its';

// In AKN metadata, people and bodies are referenced by local ids declared in <references>.
const authorId = 'wgTip';
const publisherId = 'site';

// xastscript reads any plain object after the name as attributes, so every call below passes
// attributes (`{}` when there are none) before its children.

/** Builds the xast tree of the report (root with an XML declaration and <akomaNtoso>). */
export function buildAkomaNtoso(report: Report): Root {
  const { document } = report;
  const dates = parseMeetingDates(document.dates);
  const uris = frbrUris(document.jobNumber, dates.end);
  const author = () => x('FRBRauthor', { href: `#${authorId}` });

  const meta = x(
    'meta',
    {},
    x(
      'identification',
      { source: `#${publisherId}` },
      x(
        'FRBRWork',
        {},
        x('FRBRthis', { value: uris.work.this }),
        x('FRBRuri', { value: uris.work.uri }),
        x('FRBRdate', { date: dates.end, name: 'meeting' }),
        author(),
        x('FRBRcountry', { value: 'un' }),
        x('FRBRnumber', { value: document.jobNumber }),
      ),
      x(
        'FRBRExpression',
        {},
        x('FRBRthis', { value: uris.expression.this }),
        x('FRBRuri', { value: uris.expression.uri }),
        x('FRBRdate', { date: dates.end, name: 'meeting' }),
        author(),
        x('FRBRlanguage', { language: 'ara' }),
      ),
      x(
        'FRBRManifestation',
        {},
        x('FRBRthis', { value: uris.manifestation.this }),
        x('FRBRuri', { value: uris.manifestation.uri }),
        // The text is made from one fixed source, so the manifestation is dated by its expression:
        // the file stays byte-identical from build to build.
        x('FRBRdate', { date: dates.end, name: 'expression' }),
        x('FRBRauthor', { href: `#${publisherId}` }),
        x('FRBRformat', { value: 'application/akn+xml' }),
      ),
    ),
    x(
      'references',
      { source: `#${publisherId}` },
      x('TLCOrganization', { eId: authorId, href: '/akn/ontology/organization/un/wg-tip', showAs: document.body }),
      x('TLCOrganization', {
        eId: publisherId,
        href: '/akn/ontology/organization/un/trafficking-wg-2019-site',
        showAs: 'موقع التقرير',
      }),
    ),
  );

  const preface = x(
    'preface',
    { 'xml:lang': 'ar', 'its:dir': 'rtl' },
    x('p', { class: 'jobNumber' }, x('docNumber', { 'xml:lang': 'en', 'its:dir': 'ltr' }, document.jobNumber)),
    x('p', { class: 'body' }, x('docProponent', {}, document.body)),
    x('p', { class: 'placeAndDate' }, `${document.place}، `, x('docDate', { date: dates.start }, document.dates)),
    x('p', { class: 'title' }, x('docTitle', {}, document.title)),
    x('p', { class: 'subtitle' }, x('docType', {}, document.subtitle)),
  );

  const mainBody = x(
    'mainBody',
    { 'xml:lang': 'ar', 'its:dir': 'rtl' },
    report.sections.filter((section) => section.parent === null).map((chapter) => sectionElement(chapter, report)),
  );

  return {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      x(
        'akomaNtoso',
        { xmlns: aknNamespace, 'xmlns:its': itsNamespace },
        x('debateReport', { name: 'report', contains: 'originalVersion' }, meta, preface, mainBody),
      ),
    ],
  };
}

/** A chapter or subsection, holding its units and subsections in source order. */
function sectionElement(section: Section, report: Report): Element {
  const units = report.units.filter((unit) => unit.section === section.id);
  const subsections = report.sections.filter((candidate) => candidate.parent === section.id);
  const children = [
    ...units.map((unit) => ({ line: unit.sourceLines[0], node: unitElement(unit) })),
    ...subsections.map((subsection) => ({ line: subsection.sourceLines[0], node: sectionElement(subsection, report) })),
  ]
    .sort((a, b) => a.line - b.line)
    .map((child): ElementContent => child.node);
  return x(
    'debateSection',
    { eId: sectionEid(section), name: section.parent === null ? 'chapter' : 'subsection' },
    x('num', {}, section.label),
    x('heading', {}, inlineText(section.title, `report.json section ${section.id} title`)),
    children,
  );
}

/** One recommendation or numbered paragraph. */
function unitElement(unit: Unit): Element {
  const num = unit.kind === 'recommendation' ? unit.title : `${toArabicIndicDigits(unit.number)}-`;
  return x(
    'debateSection',
    { eId: unitEid(unit), name: unit.kind },
    x('num', {}, num),
    x('p', {}, inlineText(unit.text, `report.json unit ${unit.id} text`)),
  );
}
