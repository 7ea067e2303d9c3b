/**
 * Digits-before-word headings: extraction puts the number of a recommendation heading before
 * the word, sometimes cutting the word ("١٢التوصية", "١٨ية التوص"). Reading order is
 * "التوصية ١٢".
 */
import { recommendationWord } from '../../text/labels';
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

/** Writes every recommendation heading as the word, a space and the number. */
export const recommendationHeadingOrder: ReadingOrderPass = {
  name: 'recommendation-heading-order',
  apply(line) {
    if (line.role.kind !== 'recommendation-heading') return line;
    return reorder(line, this.name, `${recommendationWord} ${line.role.digits}`);
  },
};
