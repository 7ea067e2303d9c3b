/**
 * A word cut in two: a word the report uses only here which, joined to its neighbour, makes a
 * word the report does use ("الإص" + "غاء").
 */
import { letterKey } from '../characters';
import type { DamageCheck } from './damage-check';

/** Finds rare words that join with a neighbour into a known word. */
export const splitWord: DamageCheck = {
  name: 'split-word',
  find(target, vocabulary) {
    const words = target.lines.flatMap(({ line, words: lineWords }) => lineWords.map((word) => ({ line, word })));
    const found: { line: number; text: string }[] = [];
    // The index of a word already reported as the second half of a pair, so a pair is listed once.
    let pairedWithPrevious = -1;
    words.forEach(({ line, word }, index) => {
      if (!hasLetters(word) || vocabulary.count(word) !== 1 || index === pairedWithPrevious) return;
      // A number or a lone mark beside a word is not half of it.
      const previous = words[index - 1]?.word;
      const next = words[index + 1]?.word;
      if (previous !== undefined && hasLetters(previous) && vocabulary.count(previous + word) > 0) found.push({ line, text: `${previous} ${word}` });
      else if (next !== undefined && hasLetters(next) && vocabulary.count(word + next) > 0) {
        found.push({ line, text: `${word} ${next}` });
        pairedWithPrevious = index + 1;
      }
    });
    return found;
  },
};

function hasLetters(word: string): boolean {
  return letterKey(word) !== '' && !/[0-9\u0660-\u0669]/u.test(word);
}
