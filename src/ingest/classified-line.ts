/** What a logical line is, as found by the structure pass. */
import type { LogicalLine } from './lines';

/** Where a paragraph number stood on its line before the reading-order pass moved it. */
export type MarkerPosition = 'start' | 'middle' | 'end';

/** The role of a line in the document. */
export type LineRole =
  | { kind: 'blank' }
  | { kind: 'job-number'; jobNumber: string }
  | { kind: 'barcode' }
  | { kind: 'chapter-heading'; label: string; title: string }
  | { kind: 'subsection-heading'; label: string; title: string }
  /** Shaped like a chapter heading ("X -سابعاً") but with a label ingest does not know. */
  | { kind: 'unknown-heading'; label: string; title: string }
  | { kind: 'recommendation-heading'; number: number; digits: string }
  | { kind: 'paragraph-start'; number: number; digits: string; marker: MarkerPosition }
  | { kind: 'text' };

/** A logical line together with its role. */
export interface ClassifiedLine extends LogicalLine {
  role: LineRole;
}
