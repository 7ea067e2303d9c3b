/**
 * A Latin word that no other line of the report uses. No English word list is asked, so such a
 * run of Latin letters may be a whole word or a piece of one («serv» of «servitude»). Standing
 * alone among Arabic words, as a name or acronym quoted in Arabic text («… مثل شبكة REDTRAM»),
 * it is whole: a printed line has a space between a Latin word and an Arabic one, and a cut
 * inside the run would leave a Latin piece beside another Latin piece. Beside another Latin
 * word (in an English title) it may be such a piece, and the reading is not taken.
 */
import { isLatinWord } from './word-list';

export { isLatinWord };

/**
 * True when every Latin word of the reading that is not a sure word (`isSure`: the report uses
 * it elsewhere) has no Latin word beside it.
 */
export function latinWordsStandAlone(words: readonly string[], isSure: (word: string) => boolean): boolean {
  return words.every((word, index) => {
    if (!isLatinWord(word) || isSure(word)) return true;
    const before = words[index - 1];
    const after = words[index + 1];
    return !(before !== undefined && isLatinWord(before)) && !(after !== undefined && isLatinWord(after));
  });
}
