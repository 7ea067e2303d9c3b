/** Latin letters glued to Arabic ones ("REDTRAMالاتصال"): a Latin piece landed mid-word. */
import { arabicLetterClass } from '../characters';
import type { DamageCheck } from './damage-check';

const glued = new RegExp(`\\S*(?:[A-Za-z][${arabicLetterClass}]|[${arabicLetterClass}][A-Za-z])\\S*`, 'gu');

/** Finds Latin and Arabic letters touching. */
export const latinGlued: DamageCheck = {
  name: 'latin-glued',
  find(target) {
    return target.lines.flatMap(({ line, text }) => [...text.matchAll(glued)].map((match) => ({ line, text: match[0] })));
  },
};
