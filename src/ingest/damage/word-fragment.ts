/** A word piece standing alone: a lone letter ("و", "أ") or a bare article ("ال", "بال"). */
import { isBareArticleKey } from '../fragments';
import type { DamageCheck } from './damage-check';

/** Finds lone letters and bare articles. */
export const wordFragment: DamageCheck = {
  name: 'word-fragment',
  find(target) {
    return target.lines.flatMap(({ line, words }) =>
      words
        // "و٣" (and 3) is a conjunction on a number, not a cut word.
        .filter((word) => !word.hasDigits && (word.key.length === 1 || isBareArticleKey(word.key)))
        .map((word) => ({ line, text: word.text })),
    );
  },
};
