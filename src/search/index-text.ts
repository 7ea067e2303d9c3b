/**
 * The text Pagefind indexes for one unit. Every word of the published text stays in place, in
 * order, with its punctuation, so Pagefind's word positions, ranking and excerpts are those of the
 * real text. Two marks, both ASCII punctuation, make Pagefind index more forms of a word at the
 * word's own position (it splits a word at ASCII punctuation, indexes each part at half weight, and
 * still indexes the whole word as written):
 *
 * - `particleBoundary` between a word's particles and the word itself: "وال~تكنولوجيا" is indexed
 *   as والتكنولوجيا (as before) and also as تكنولوجيا, which Pagefind's stemmer never reaches;
 * - `foldedForm` before the word with its hamza seat folded (fold.ts): "ال~مسؤولين|مسءولين".
 *
 * The search page removes both marks from excerpts again (see excerpt.ts).
 */
import { foldForSearch, stripMarks } from './fold';
import { particleVariants } from './particles';

/** Between a word's particles and the word; removed (joined) in excerpts. */
export const particleBoundary = '~';
/** Before the folded form appended to a word; it and what follows are dropped in excerpts. */
export const foldedForm = '|';

const baseLetter = /[\u0621-\u063F\u0641-\u064A\u0671-\u06D3]/u;
const arabicLetterOrMark = /[\u0621-\u064A\u0671-\u06D3\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/gu;

/** Where the `count + 1`-th Arabic letter of `token` starts (marks stay with the letter before them). */
function afterLetters(token: string, count: number): number {
  let seen = 0;
  for (let index = 0; index < token.length; index++) {
    if (!baseLetter.test(token[index]!)) continue;
    if (seen === count) return index;
    seen++;
  }
  return token.length;
}

/** One whitespace-separated token of the text, with the marks that give Pagefind its other forms. */
export function indexToken(token: string): string {
  const letters = token.match(arabicLetterOrMark)?.join('') ?? '';
  if (letters === '') return token;
  const folded = foldForSearch(letters);
  const bare = particleVariants(folded).at(-1) ?? folded;
  let marked = token;
  // Only when the bare word is the end of the written word (not for ل + ال, whose alef is restored).
  if (bare !== folded && folded.endsWith(bare)) {
    const split = afterLetters(token, [...folded].length - [...bare].length);
    marked = `${token.slice(0, split)}${particleBoundary}${token.slice(split)}`;
  }
  return folded === stripMarks(letters) ? marked : `${marked}${foldedForm}${bare}`;
}

/** A problem with a unit's text that would corrupt the index. */
export class IndexTextError extends Error {}

/**
 * The unit's text with every word marked for indexing, single-spaced.
 * Throws when the text itself contains one of the marks, which would make excerpts ambiguous.
 */
export function searchIndexText(text: string): string {
  for (const mark of [particleBoundary, foldedForm]) {
    if (text.includes(mark)) {
      throw new IndexTextError(
        `the text contains "${mark}", which search uses to mark the parts of words; ` +
          'choose another character in src/search/index-text.ts',
      );
    }
  }
  return text
    .split(/\s+/u)
    .filter((token) => token !== '')
    .map(indexToken)
    .join(' ');
}
