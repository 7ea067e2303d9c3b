/**
 * A heading title whose last piece came out first, glued to the first word of the rest:
 * "تماعتنظيم الاج" is "تنظيم الاجتماع"; "بالاتِّجار بالأشخاصتوصيات بشأن ... يتعلق" is
 * "توصيات بشأن ... يتعلق بالاتِّجار بالأشخاص". The glued word is found as a word the report
 * uses nowhere else that ends in one it does use. The piece is glued back onto the last word
 * when that word, too, occurs nowhere else (it is the other half of a cut word).
 */
import { isArabicLetter, letterKey } from '../../text/arabic/characters';
import { wordsOf, type Vocabulary } from '../vocabulary';
import { headingText } from './heading-text';
import type { ReadingOrderPass } from './reading-order-pass';
import { reorder } from './reading-order-pass';

/** Moves a piece that came out first in a heading title back to the end. */
export const headingFragmentFirst: ReadingOrderPass = {
  name: 'heading-fragment-first',
  apply(line, context) {
    const { role } = line;
    if (role.kind !== 'chapter-heading' && role.kind !== 'subsection-heading') return line;
    const title = reorderTitle(role.title, context.vocabularyOutside(line));
    if (title === undefined) return line;
    return reorder(line, this.name, headingText(role.label, title), { ...role, title });
  },
};

/** The title with its leading piece moved to the end, or undefined when no glued word is found. */
export function reorderTitle(title: string, vocabularyElsewhere: Vocabulary): string | undefined {
  const words = wordsOf(title);
  const known = (word: string) => vocabularyElsewhere.count(word) > 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (known(word)) continue;
    const cut = bestCut(word, known);
    if (cut === undefined) continue;
    const piece = [...words.slice(0, index), word.slice(0, cut)];
    const rest = [word.slice(cut), ...words.slice(index + 1)];
    const last = rest.at(-1)!;
    if (rest.length > 1 && !known(last)) {
      rest[rest.length - 1] = last + piece[0];
      return [...rest, ...piece.slice(1)].join(' ');
    }
    return [...rest, ...piece].join(' ');
  }
  return undefined;
}

/** An article or attached particle ("ال", "وال", "لل"): the start of an inflected word, not a piece of another. */
function isPrefixOnly(start: string): boolean {
  return /^[وفبلك]{0,2}(?:ال)?$/u.test(letterKey(start));
}

/**
 * Where to cut a glued word so that its end is a known word: only where exactly one place
 * does; where two would, the title is not proven and the pass leaves it.
 */
function bestCut(word: string, known: (word: string) => boolean): number | undefined {
  const cuts: number[] = [];
  for (let cut = 1; cut < word.length; cut++) {
    // Cut only before a letter, so no diacritic is parted from its letter.
    if (!isArabicLetter(word[cut]!)) continue;
    const start = word.slice(0, cut);
    const end = word.slice(cut);
    if (letterKey(start).length < 2 || isPrefixOnly(start) || letterKey(end).length < 3 || !known(end)) continue;
    cuts.push(cut);
  }
  return cuts.length === 1 ? cuts[0] : undefined;
}
