/**
 * Section headings come out label last ("توصيات عامة -ألف"); in reading order the label
 * leads ("ألف- توصيات عامة").
 */
import { headingText } from './heading-text';
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

/** Puts the label of a chapter or subsection heading first. */
export const headingLabelFirst: ReadingOrderPass = {
  name: 'heading-label-first',
  apply(line) {
    const { role } = line;
    if (role.kind !== 'chapter-heading' && role.kind !== 'subsection-heading') return line;
    return reorder(line, this.name, headingText(role.label, role.title));
  },
};
