/**
 * One Pagefind record per unit, made from the validated document tree rather than from the built
 * pages: the index holds the document text and nothing else (no navigation, no citation), and every
 * recommendation and paragraph is its own result with its own title, filters and sort key. What
 * Pagefind indexes is the lemma code of each word (lemma-codes.ts). The texts, for the excerpts, go
 * to a file of their own: Pagefind indexes metadata too, and the text as metadata grew the index
 * from 5.9 KB to 15.8 KB.
 */
import type { Report, SectionId } from '../report/schema';
import { sectionHeading } from '../text/labels';
import { documentOrderSort, filterNames, kindLabels } from './index-names';
import { buildLexicon, type Lexicon, type SuggestionWords } from './lexicon/build-lexicon';
import { lemmaCode } from './lemma-codes';

/** A record for Pagefind's Node API (`index.addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'ar';
  meta: { title: string };
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** "ثانياً، ألف – توصيات عامة": a section with its chapter, as the section filter and a result show it. */
export function sectionFilterLabel(report: Report, id: SectionId): string {
  const section = report.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`report.json: unit section "${id}" is not among report.sections`);
  const parent = section.parent ? report.sections.find((candidate) => candidate.id === section.parent) : undefined;
  return parent ? `${parent.label}، ${sectionHeading(section)}` : sectionHeading(section);
}

/** The sort value for document order: "007" sorts before "012" as text and as a number. */
export function orderKey(order: number): string {
  return String(order).padStart(3, '0');
}

/** The records for every unit, in document order, and the lexicon the search page reads. */
/** Each unit's text by its URL, for the excerpts. */
export type UnitTexts = Record<string, string>;

export function searchIndexOf(report: Report): { records: SearchRecord[]; lexicon: Lexicon; suggestionWords: SuggestionWords; unitTexts: UnitTexts } {
  const units = [...report.units].sort((a, b) => a.order - b.order);
  const { lexicon, suggestionWords, lemmaSequences } = buildLexicon(units.map((unit) => unit.text));
  const records = units.map((unit, position): SearchRecord => ({
    url: unit.url,
    content: lemmaSequences[position]!.map(lemmaCode).join(' '),
    language: 'ar',
    meta: { title: unit.title },
    filters: {
      [filterNames.kind]: [kindLabels[unit.kind]],
      [filterNames.section]: [sectionFilterLabel(report, unit.section)],
      [filterNames.unit]: [unit.id],
    },
    sort: { [documentOrderSort]: orderKey(unit.order) },
  }));
  return { records, lexicon, suggestionWords, unitTexts: Object.fromEntries(units.map((unit) => [unit.url, unit.text])) };
}
