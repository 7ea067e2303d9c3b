/**
 * A word cut in two: a word the report uses only here which, joined to its neighbour, makes a
 * word the report does use ("الإص" + "غاء").
 */
import type { Word } from '../words';
import type { DamageCheck } from './damage-check';

/** Finds rare words that join with a neighbour into a known word. */
export const splitWord: DamageCheck = {
  name: 'split-word',
  find(target, vocabulary) {
    const found: { line: number; text: string }[] = [];
    // Walk the unit's words as one sequence across its lines, without copying them.
    let previous: Word | undefined;
    let previousPaired = false;
    target.lines.forEach(({ line, words }, lineIndex) => {
      for (let index = 0; index < words.length; index++) {
        const word = words[index]!;
        const next = words[index + 1] ?? target.lines[lineIndex + 1]?.words[0];
        const rare = isWordLike(word) && vocabulary.countKey(word.key) === 1 && !previousPaired;
        previousPaired = false;
        // The key of two words joined is their keys joined: keys only drop characters.
        if (rare && previous !== undefined && isWordLike(previous) && vocabulary.countKey(previous.key + word.key) > 0) {
          found.push({ line, text: `${previous.text} ${word.text}` });
        } else if (rare && next !== undefined && isWordLike(next) && vocabulary.countKey(word.key + next.key) > 0) {
          found.push({ line, text: `${word.text} ${next.text}` });
          previousPaired = true; // the next word is this pair's second half: list the pair once
        }
        previous = word;
      }
    });
    return found;
  },
};

/** A number or a lone mark beside a word is not half of it. */
function isWordLike(word: Word): boolean {
  return word.key !== '' && !word.hasDigits;
}
