/**
 * A line whose closing full stop came out first (".ضحايا الاتِّجار بالبشر"): the stop belongs
 * at the end.
 */
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

const stopFirst = /^\. ?(.+)$/u;

/** Moves a leading full stop of a text line to its end. */
export const leadingFullStop: ReadingOrderPass = {
  name: 'leading-full-stop',
  apply(line) {
    if (line.role.kind !== 'text') return line;
    const match = stopFirst.exec(line.text);
    if (!match || match[1]!.startsWith('.')) return line;
    return reorder(line, this.name, `${match[1]}.`);
  },
};
