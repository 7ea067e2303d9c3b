/** Latin letters glued to Arabic ones ("REDTRAMالاتصال"): a Latin piece landed mid-word. */
import { arabicLetterClass } from '../../text/arabic/characters';
import type { DamageCheck } from './damage-check';

const glued = new RegExp(`[A-Za-z][${arabicLetterClass}]|[${arabicLetterClass}][A-Za-z]`, 'u');

/** Finds Latin and Arabic letters touching. */
export const latinGlued: DamageCheck = {
  name: 'latin-glued',
  find(target) {
    return target.lines.flatMap(({ line, text, words }) => (!glued.test(text) ? [] : words).filter((word) => glued.test(word.text)).map((word) => ({ line, text: word.text })));
  },
};
