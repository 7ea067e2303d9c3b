/**
 * A list item that lost its conjunction ("وتحديد المجالات ذات الأولوية، الأهداف بغية"): in a
 * sentence whose list has already joined an item with "، و", a later item starts with a bare
 * definite noun after a comma. Arabic joins every item of such a list with و, so the bare item is
 * a word carried there from another place in the line.
 *
 * Kept narrow so that it raises no false alarm: only after a comma, only a definite noun ("ال…"),
 * and only once the same sentence has shown "، و" — a list of names joined by commas alone (the
 * speakers' countries) never fires.
 */
import type { DamageCheck } from './damage-check';

/** Relative pronouns start with "ال" too, but a comma before one opens a clause, not a list item. */
const relativePronouns = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللذين', 'اللتان', 'اللتين', 'اللاتي', 'اللواتي', 'اللائي']);

/** Punctuation that ends a sentence or opens a new list ("التالية:"). */
const sentenceEnd = /[.:؛;!؟?]$/u;

/** Finds a bare definite item after a comma, later in a sentence than an item joined with "، و". */
export const listWithoutConjunction: DamageCheck = {
  name: 'list-without-conjunction',
  find(target) {
    const found: { line: number; text: string }[] = [];
    let joinedWithWaw = false;
    let afterComma = false;
    let previous = '';
    for (const { line, words } of target.lines) {
      for (const word of words) {
        if (afterComma && word.key.startsWith('و')) joinedWithWaw = true;
        else if (afterComma && joinedWithWaw && word.key.startsWith('ال') && !relativePronouns.has(word.key)) found.push({ line, text: `${previous} ${word.text}` });
        afterComma = /[،,]$/u.test(word.text);
        if (sentenceEnd.test(word.text)) joinedWithWaw = false;
        previous = word.text;
      }
    }
    return found;
  },
};
