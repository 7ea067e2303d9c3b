/** A word piece standing alone: a lone letter ("و", "أ") or a bare article ("ال", "بال"). */
import { isBareArticle, isLoneLetter } from '../fragments';
import type { DamageCheck } from './damage-check';

/** Finds lone letters and bare articles. */
export const wordFragment: DamageCheck = {
  name: 'word-fragment',
  find(target) {
    return target.lines.flatMap(({ line, words }) =>
      words
        // "و٣" (and 3) is a conjunction on a number, not a cut word.
        .filter((word) => !/[0-9\u0660-\u0669]/u.test(word))
        .filter((word) => isLoneLetter(word) || isBareArticle(word))
        .map((word) => ({ line, text: word })),
    );
  },
};
