/**
 * A word cut in two: a word the report uses only here which, joined to its neighbour, makes a
 * word the report does use ("الإص" + "غاء").
 */
import type { DamageCheck, DamageWord } from './damage-check';

/** Finds rare words that join with a neighbour into a known word. */
export const splitWord: DamageCheck = {
  name: 'split-word',
  find(target, vocabulary) {
    const words = target.lines.flatMap(({ line, words: lineWords }) => lineWords.map((word) => ({ line, word })));
    const found: { line: number; text: string }[] = [];
    // The index of a word already reported as the second half of a pair, so a pair is listed once.
    let pairedWithPrevious = -1;
    words.forEach(({ line, word }, index) => {
      if (!isWordLike(word) || vocabulary.countKey(word.key) !== 1 || index === pairedWithPrevious) return;
      const previous = words[index - 1]?.word;
      const next = words[index + 1]?.word;
      // The key of two words joined is their keys joined: keys only drop characters.
      if (previous !== undefined && isWordLike(previous) && vocabulary.countKey(previous.key + word.key) > 0) {
        found.push({ line, text: `${previous.text} ${word.text}` });
      } else if (next !== undefined && isWordLike(next) && vocabulary.countKey(word.key + next.key) > 0) {
        found.push({ line, text: `${word.text} ${next.text}` });
        pairedWithPrevious = index + 1;
      }
    });
    return found;
  },
};

/** A number or a lone mark beside a word is not half of it. */
function isWordLike(word: DamageWord): boolean {
  return word.key !== '' && !word.hasDigits;
}
