/**
 * A word of two letters that the word list knows, inside a piece. The list is not asked about
 * two letters as words anywhere in a reading: it lists many two-letter pieces of words («بي»,
 * «غي»), and Arabic's particles and pronouns of two letters are counted on their own
 * (src/ingest/two-letter-words.ts). But Arabic also has nouns of two letters, from roots whose
 * last letter doubles («خط», «حق», «ظل», «حد»), and a report that prints one only on a damaged
 * line («عن طريق خط هاتفي مباشر», line 237) has a reading no rule can form. Where such a word
 * stands between two words of its own piece (a space on each side in the source, and the
 * reading cuts at neither), nothing of the reading made it: the extraction printed it as a word
 * between two words. It then counts as a weak word (the list knows it), as a word of three
 * letters or more the list alone knows does; at a piece's edge, where the reading cut, it is
 * still no word, for there a piece of a word is as likely.
 */
import { letterKey } from '../text/arabic/characters';
import { isArabicOnly, wordCore, type WordList } from './word-list';

/** True for a word of two Arabic letters, nothing around it, that the word list knows. */
export function isInnerTwoLetterWord(printed: string, wordList: WordList): boolean {
  if (wordCore(printed) !== printed || !isArabicOnly(printed)) return false;
  const key = letterKey(printed);
  return key.length === 2 && wordList.knows(key) === true;
}
