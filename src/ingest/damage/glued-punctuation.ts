/** A full stop, comma, colon or semicolon glued to the next letter ("المستضعفة.تِّج"): two pieces met at the wrong place. */
import type { DamageCheck } from './damage-check';

const glued = /[.,،:;؛]\p{L}/u;

/** Finds punctuation directly followed by a letter. */
export const gluedPunctuation: DamageCheck = {
  name: 'glued-punctuation',
  find(target) {
    return target.lines.flatMap(({ line, text, words }) => (!glued.test(text) ? [] : words).filter((word) => glued.test(word.text)).map((word) => ({ line, text: word.text })));
  },
};
