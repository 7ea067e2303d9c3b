/**
 * How the site names things in Arabic: section headings, page titles and the citation. Every
 * string a reader sees outside the document text comes from here or from a component.
 */
import type { Report, Section } from '../schema/report';

type ReportDocument = Report['document'];

/** "ثانياً – التوصيات (تابع)": a section's printed label and its title. */
export function sectionHeading(section: Pick<Section, 'label' | 'title'>): string {
  return `${section.label} – ${section.title}`;
}

/** "مشروع التقرير – إضافة" */
export function documentHeading(document: ReportDocument): string {
  return `${document.title} – ${document.subtitle}`;
}

/** The site's name, closing every <title>: "الفريق العامل المعني بالاتِّجار بالأشخاص: مشروع التقرير – إضافة". */
export function siteName(document: ReportDocument): string {
  return `${document.body}: ${documentHeading(document)}`;
}

/** The document as a reader would cite it: body, title, place and dates (the job number follows separately, isolated). */
export function documentCitation(document: ReportDocument): string {
  return `${document.body}، ${documentHeading(document)}، ${document.place}، ${document.dates}`;
}
