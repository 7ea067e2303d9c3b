/**
 * The text Pagefind indexes for one unit. Every word of the published text stays in place, in
 * order, and keeps its punctuation, so Pagefind's word positions, ranking and excerpts are those of
 * the real text. A word that a reader may type differently (without its particles, or with the
 * hamza on another seat) carries those forms after it, joined by `variantSeparator`: Pagefind
 * splits a word at ASCII punctuation and indexes each part at the word's own position. The search
 * page removes the added forms from excerpts again (see excerpt.ts).
 */
import { foldForSearch, stripMarks } from './fold';
import { particleVariants } from './particles';

/** Joins a word to its added forms; ASCII punctuation, so Pagefind indexes each part, and absent from the report text. */
export const variantSeparator = '~';

// An Arabic word as Pagefind would see it: its letters and marks, without punctuation or digits.
const arabicLetters = /[\u0621-\u064A\u0671-\u06D3\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+/gu;

/** The added forms for one whitespace-separated token of the text; empty when Pagefind needs none. */
export function addedForms(token: string): string[] {
  const letters = token.match(arabicLetters)?.join('') ?? '';
  if (letters === '') return [];
  const asPagefindSeesIt = stripMarks(letters);
  const folded = foldForSearch(letters);
  const forms = [folded, ...particleVariants(folded)];
  return [...new Set(forms)].filter((form) => form !== asPagefindSeesIt);
}

/** A problem with a unit's text that would corrupt the index, named for the maintainer. */
export class IndexTextError extends Error {}

/**
 * The unit's text with the added forms attached to each word, single-spaced.
 * Throws when the text itself contains the separator, which would make excerpts ambiguous.
 */
export function searchIndexText(text: string): string {
  if (text.includes(variantSeparator)) {
    throw new IndexTextError(
      `the text contains "${variantSeparator}", which search uses to attach spelling variants to words; ` +
        'choose another variantSeparator in src/search/index-text.ts',
    );
  }
  return text
    .split(/\s+/u)
    .filter((token) => token !== '')
    .map((token) => [token, ...addedForms(token)].join(variantSeparator))
    .join(' ');
}
