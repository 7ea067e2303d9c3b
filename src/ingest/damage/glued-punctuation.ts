/** A full stop, comma, colon or semicolon glued to the next letter ("المستضعفة.تِّج"): two pieces met at the wrong place. */
import type { DamageCheck } from './damage-check';

const glued = /\S*[.,،:;؛]\p{L}\S*/gu;

/** Finds punctuation directly followed by a letter. */
export const gluedPunctuation: DamageCheck = {
  name: 'glued-punctuation',
  find(target) {
    return target.lines.flatMap(({ line, text }) => [...text.matchAll(glued)].map((match) => ({ line, text: match[0] })));
  },
};
