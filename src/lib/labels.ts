/**
 * How the site names things in Arabic: section headings, page titles and the citation. Every
 * string a reader sees outside the document text comes from here or from a component.
 */
import type { Report, Section } from '../schema/report';
import { firstWords } from './first-words';

type ReportDocument = Report['document'];

/** "ثانياً – التوصيات (تابع)": a section's printed label and its title. */
export function sectionHeading(section: Pick<Section, 'label' | 'title'>): string {
  return `${section.label} – ${section.title}`;
}

/** "مشروع التقرير – إضافة" */
export function documentHeading(document: ReportDocument): string {
  return `${document.title} – ${document.subtitle}`;
}

/** The site's name: "الفريق العامل المعني بالاتِّجار بالأشخاص: مشروع التقرير – إضافة" (Open Graph site name). */
export function siteName(document: ReportDocument): string {
  return `${document.body}: ${documentHeading(document)}`;
}

/** Search results and tab strips cut titles near 70 characters (html-validate's long-title rule too). */
const titleLimit = 70;

/**
 * A page's <title>: "التوصية ١٢ | الفريق العامل المعني بالاتِّجار بالأشخاص". When the page's own
 * name is too long to add the working group (section ii-c), its first words stand alone.
 */
export function pageTitle(pageName: string, document: ReportDocument): string {
  const withBody = `${pageName} | ${document.body}`;
  return withBody.length <= titleLimit ? withBody : firstWords(pageName, titleLimit - 1);
}

/** The document as a reader would cite it: body, title, place and dates (the job number follows separately, isolated). */
export function documentCitation(document: ReportDocument): string {
  return `${document.body}، ${documentHeading(document)}، ${document.place}، ${document.dates}`;
}
