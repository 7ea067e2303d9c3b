/**
 * How the report and the site name things in Arabic. Ingest reads section labels as printed in
 * UN reports (chapters أولاً, ثانياً, ...; subsections inside a chapter ألف, باء, جيم, ...) and
 * turns them into the ids of URLs; the site builds section headings, page titles and the citation.
 * Every string a reader sees outside the document text comes from here or from a component.
 */
import type { Report, Section, UnitKind } from '../report/schema';
import { firstWords } from './first-words';
import { letterKey } from './arabic/characters';

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

/** A table of printed labels keyed as ingest compares words (without diacritics). */
const byLetterKey = (table: Record<string, string>) => new Map(Object.entries(table).map(([label, id]) => [letterKey(label), id]));

/**
 * The chapter labels as printed, in order, with the roman-numeral id each chapter takes in URLs
 * (أولاً–سادساً, "i"–"vi"). The schema's list of section ids is made from these two tables.
 */
export const chapterLabels = [
  ['أولاً', 'i'],
  ['ثانياً', 'ii'],
  ['ثالثاً', 'iii'],
  ['رابعاً', 'iv'],
  ['خامساً', 'v'],
  ['سادساً', 'vi'],
] as const;

/** The subsection labels (the abjad letters), in order, with the letter that ends a subsection id ("ii-a"). */
export const subsectionLabels = [
  ['ألف', 'a'],
  ['باء', 'b'],
  ['جيم', 'c'],
  ['دال', 'd'],
  ['هاء', 'e'],
  ['واو', 'f'],
  ['زاي', 'g'],
] as const;

const chapterIds = byLetterKey(Object.fromEntries(chapterLabels));
const subsectionLetters = byLetterKey(Object.fromEntries(subsectionLabels));

/** The id of a chapter labelled e.g. "ثانياً" ("ii"), or undefined if the word is not a chapter label. */
export function chapterIdOf(label: string): string | undefined {
  return chapterIds.get(letterKey(label));
}

/** The id suffix of a subsection labelled e.g. "باء" ("b"), or undefined if the word is not a subsection label. */
export function subsectionLetterOf(label: string): string | undefined {
  return subsectionLetters.get(letterKey(label));
}

/** The words the site names each kind of unit with, in the phrases it uses them in. */
export const unitWords: Record<
  UnitKind,
  { title: string; plural: string; initial: string; thisOne: string; previous: string; next: string; previousAndNext: string; print: string; relatedHeading: string }
> = {
  recommendation: {
    title: 'التوصية',
    plural: 'التوصيات',
    initial: 'ت',
    thisOne: 'هذه التوصية',
    previous: 'التوصية السابقة',
    next: 'التوصية التالية',
    previousAndNext: 'التوصية السابقة والتالية',
    print: 'اطبع هذه التوصية',
    // A recommendation's related passages are the deliberations' paragraphs.
    relatedHeading: 'فقرات ذات صلة من المداولات',
  },
  paragraph: {
    title: 'الفقرة',
    plural: 'الفقرات',
    initial: 'ف',
    thisOne: 'هذه الفقرة',
    previous: 'الفقرة السابقة',
    next: 'الفقرة التالية',
    previousAndNext: 'الفقرة السابقة والتالية',
    print: 'اطبع هذه الفقرة',
    relatedHeading: 'توصيات ذات صلة',
  },
};

/** The word a recommendation heading is made of: "التوصية ١٢". */
export const recommendationWord = unitWords.recommendation.title;

/** The word a numbered paragraph's title is made of: "الفقرة ٥". */
export const paragraphWord = unitWords.paragraph.title;

/** "التوصيات والفقرات": the name of a list of units of the first kind, with the other kind too when it has any. */
export function unitListName(usual: UnitKind, withOther: boolean): string {
  const other: UnitKind = usual === 'recommendation' ? 'paragraph' : 'recommendation';
  return withOther ? `${unitWords[usual].plural} و${unitWords[other].plural}` : unitWords[usual].plural;
}
