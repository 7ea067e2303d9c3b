/** A unit or line that starts with punctuation which closes or separates: it belongs at the end of something. */
import type { DamageCheck } from './damage-check';

const closingFirst = /^[.,،:;؛!?؟)\]}»\-]/u;

/** Finds lines starting with closing punctuation. */
export const leadingPunctuation: DamageCheck = {
  name: 'leading-punctuation',
  find(target) {
    return target.lines.filter(({ text }) => closingFirst.test(text)).map(({ line, text }) => ({ line, text: text.slice(0, 20) }));
  },
};
