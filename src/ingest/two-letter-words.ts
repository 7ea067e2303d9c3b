/**
 * Arabic's particles and pronouns of two letters: a closed class, the same in every report.
 * The word list is never asked about two letters (too many pieces of words would pass: «بي»,
 * «غي»), so one of these that a report happens to use only on a damaged line («بل», «هو»)
 * would be no word at all, and a reading that needs it could never pass. «أي» is one of them:
 * missing, synthetic line 202 («خالية من أي صلة …») could not be read, and a reading that glued
 * «أي» + «ة» into «أية» was the one left.
 */
import { letterKey } from '../text/arabic/characters';

export const twoLetterWords: ReadonlySet<string> = new Set(
  ['بل', 'هو', 'هي', 'قد', 'لم', 'لن', 'كي', 'إذ', 'لو', 'ما', 'من', 'عن', 'في', 'أو', 'أن', 'إن', 'لا', 'مع', 'هل', 'كم', 'أي'].map(letterKey),
);
