/**
 * Words as search compares them. A whitespace token of the text ("(٢٠١٤)،", "و/أو", "بالاتِّجار")
 * holds one or more word pieces: runs of Arabic letters, of Latin letters or of digits. Each piece
 * is folded the way readers' typing differs from the printed text, and no further:
 *
 * - diacritics and tatweel removed (الاتِّجار, الاتجـــار → الاتجار);
 * - hamza on or under alef and madda written as bare alef (أ إ آ ٱ → ا), as most people type;
 * - hamza on و or ي written as bare ء (المسئولين and المسؤولين meet);
 * - final ى written as ي (لدى and لدي meet);
 * - Arabic-Indic digits as Western digits, Latin letters in lower case.
 *
 * ة stays ة: it is what tells حملة from حمل.
 */

import { arabicDigitClass, arabicLetterClass, easternArabicDigitClass, markClass, tatweel } from '../../text/arabic/classes';
import { foldForSearch, withoutMarks } from '../../text/arabic/folding';

/** The folded form of one word piece (or of a typed word): search's profile in src/text/arabic/folding.ts. */
export const foldWord = foldForSearch;

/** What a piece is written in; Arabic pieces are analysed for inflection, the others are compared as they are. */
export type PieceScript = 'arabic' | 'latin' | 'digits';

/** One word piece of a token, folded. */
export interface WordPiece {
  folded: string;
  /** The piece as printed, without diacritics or tatweel: how a suggestion shows it. */
  written: string;
  script: PieceScript;
}

// A run of Arabic letters (with their marks and tatweel), of Latin letters, or of digits.
const piecePattern = new RegExp(
  `([${arabicLetterClass}${markClass}${tatweel}]+)|([A-Za-z]+)|([0-9${arabicDigitClass}${easternArabicDigitClass}]+)`,
  'gu',
);

/** The word pieces of a whitespace token, in order; none for a token of punctuation only. */
export function wordPieces(token: string): WordPiece[] {
  const pieces: WordPiece[] = [];
  for (const match of token.matchAll(piecePattern)) {
    const folded = foldWord(match[0]);
    // A run of marks or tatweel alone folds to nothing.
    if (folded === '') continue;
    const written = withoutMarks(match[0]);
    pieces.push({ folded, written, script: match[1] !== undefined ? 'arabic' : match[2] !== undefined ? 'latin' : 'digits' });
  }
  return pieces;
}

/** The number of letters of a folded Arabic word (every character is one letter after folding). */
export function letterCount(word: string): number {
  return [...word].length;
}
