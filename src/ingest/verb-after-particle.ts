/**
 * A preposition that is only ever a particle («في», «إلى», «على», «عن») governs a noun or a
 * pronoun, and so do «أنَّ» and «إنَّ» (alone or with و, ف, ب or ل): Arabic never puts a verb
 * straight after one of them. A reading that does («… وأشارت، على» then «قدَّمت …», line 261
 * turned round to end where the printed line does not) has joined words that were never side by
 * side: it does not read on, inside the line or across its breaks.
 *
 * What a verb is comes from the word list's analyses (Debian's hunspell-ar, asked at the I/O
 * edge: scripts/word-list/hunspell.ts), and only "every analysis is a verb" counts: the
 * analyser is incomplete («ينبغي» gets no verb analysis), so a word with a noun analysis, or
 * none, proves nothing. Left out, since a verb may follow them: «منذ» («منذ بدأت …»), «أنْ»
 * (written «أن» without the shadda: «أنْ يقوم»), «إنْ», and «أنَّه» with its pronoun
 * («أنَّه يجب»); «من» is also «مَن» and «مَنْ» takes a verb. A word opened by a quotation mark
 * or bracket may quote a verb as a name, and a word of two letters is too often a particle the
 * analyser reads as a verb («قد»): neither is asked.
 */
import { letterKey, tatweel } from '../text/arabic/characters';
import { isArabicOnly, wordCore, type WordList } from './word-list';

/** Prepositions that are only ever particles and never take a verb (letter keys). */
const prepositions = new Set(['في', 'إلى', 'على', 'عن']);

/** «أنَّ» or «إنَّ», with و, ف, ب or ل and no pronoun, once every mark but the shadda is gone. */
const nounParticle = /^[وفبل]?[أإ]ن\u0651$/u;
const marksButShadda = /[\u064B-\u0650\u0652-\u065F\u0670]/gu;
const leadingMark = /^[«"(\[]/u;

/** True for a printed word that must be followed by a noun or a pronoun. */
export function governsNoun(printed: string): boolean {
  const word = printed.replaceAll(tatweel, '');
  if (prepositions.has(word.replace(marksButShadda, '').replace(/\u0651/gu, ''))) return true;
  return nounParticle.test(word.replace(marksButShadda, ''));
}

/** The test of a printed word being only ever a verb, as the word list analyses it (no answer yet: not a verb). */
export function onlyVerbIn(wordList: WordList): (printed: string) => boolean {
  return (printed) => {
    if (wordList.onlyVerb === undefined || leadingMark.test(printed)) return false;
    const core = wordCore(printed).replaceAll(tatweel, '');
    if (!isArabicOnly(core)) return false;
    const key = letterKey(core);
    return key.length >= 3 && wordList.onlyVerb(key) === true;
  };
}

/** True when a word that governs a noun stands straight before a word only ever a verb, inside `words` or across the breaks. */
export function verbAfterParticle(words: readonly string[], around: { previousWord?: string; nextWord?: string; isOnlyVerb?: (printed: string) => boolean }): boolean {
  const isOnlyVerb = around.isOnlyVerb;
  if (isOnlyVerb === undefined) return false;
  const refuses = (word: string, next: string) => governsNounCached(word) && isOnlyVerb(next);
  if (around.previousWord !== undefined && refuses(around.previousWord, words[0]!)) return true;
  for (let index = 0; index + 1 < words.length; index++) if (refuses(words[index]!, words[index + 1]!)) return true;
  return around.nextWord !== undefined && refuses(words.at(-1)!, around.nextWord);
}

const governing = new Map<string, boolean>();

/** `governsNoun`, remembered: readsOn asks it of every word of every reading. */
function governsNounCached(printed: string): boolean {
  let answer = governing.get(printed);
  if (answer === undefined) {
    answer = governsNoun(printed);
    if (governing.size < 100_000) governing.set(printed, answer);
  }
  return answer;
}
