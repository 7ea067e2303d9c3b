/**
 * A heading title ending in a parenthesised note comes out with the note first:
 * "(تابع)التوصيات" is "التوصيات (تابع)".
 */
import { headingText } from './heading-text';
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

const noteFirst = /^(\([^()]*\)) ?(.+)$/u;

/** Moves a leading parenthesised note of a heading title to its end. */
export const headingParenthesisFirst: ReadingOrderPass = {
  name: 'heading-parenthesis-first',
  apply(line) {
    const { role } = line;
    if (role.kind !== 'chapter-heading' && role.kind !== 'subsection-heading') return line;
    const match = noteFirst.exec(role.title);
    if (!match) return line;
    const title = `${match[2]} ${match[1]}`;
    return reorder(line, this.name, headingText(role.label, title), { ...role, title });
  },
};
