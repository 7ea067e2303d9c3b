/**
 * What counts as a word when a reading-order pass weighs a reading: a word of the report's
 * undamaged lines (after the report's usual prefixes), or a word an Arabic word list knows.
 * The word list is loaded at the I/O edge (scripts/lib/hunspell-word-list.ts) and passed in;
 * this module only asks it.
 */
import { arabicDigitClass, arabicLetterClass, diacriticClass, letterKey } from '../text/arabic/characters';
import { articleMayTake, holdsArticle } from './article-prefix';
import { isBareArticleKey } from './fragments';
import { isInnerTwoLetterWord } from './inner-two-letter-word';
import { isSlashParticle } from './slash-words';
import { twoLetterWords } from './two-letter-words';
import type { Vocabulary } from './vocabulary';

/** An Arabic word list, asked one letter key (see `letterKey`) at a time. */
export interface WordList {
  /** True or false when the list has an answer; undefined when the key has not been looked up yet. */
  knows(key: string): boolean | undefined;
  /**
   * True when the list knows the key and every analysis it gives of it is a verb; false when
   * it gives another analysis or none; undefined when not looked up yet. A list that analyses
   * no word leaves it out (src/ingest/verb-after-particle.ts).
   */
  onlyVerb?(key: string): boolean | undefined;
}

/** A word list that knows nothing: only the report's own words count. */
export const noWordList: WordList = { knows: () => false };

/** A word list held in memory: every key in `known` is a word, every other key is not; those in `verbs` are words only ever verbs. */
export function wordListOf(known: Iterable<string>, verbs: Iterable<string> = []): WordList {
  const keys = new Set<string>();
  for (const word of known) keys.add(letterKey(word));
  const verbKeys = new Set<string>();
  for (const word of verbs) verbKeys.add(letterKey(word));
  return { knows: (key) => keys.has(key) || verbKeys.has(key), onlyVerb: (key) => verbKeys.has(key) };
}

/** Attached particles and articles a report word may carry (longest first). */
const prefixes = ['وبال', 'ولل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

const leadingMarks = /^[«"(\[]+/u;
// Arabic and Latin punctuation: an English title's words end with a Latin comma or semicolon.
const trailingMarks = /[»")\].،:؛!?,;]+$/u;
const arabicWord = new RegExp(`^[${arabicLetterClass}${diacriticClass}]+$`, 'u');

/** True for a word of Arabic letters and marks only (no digit, Latin letter or punctuation). */
export const isArabicOnly = (word: string) => arabicWord.test(word);
const latinWord = /^[A-Za-z]+$/u;
const numberWord = new RegExp(`^[و]?[${arabicDigitClass}0-9]+(?:[-/][${arabicDigitClass}0-9]+)*$`, 'u');

/** A printed word without the quotation marks, brackets and punctuation around it. */
export function wordCore(printed: string): string {
  return printed.replace(leadingMarks, '').replace(trailingMarks, '');
}

/** True when the printed word, punctuation aside, is Latin letters only. */
export function isLatinWord(printed: string): boolean {
  return latinWord.test(wordCore(printed));
}

/** Decides whether a printed word (with its punctuation) is a word. */
export class WordJudge {
  private readonly cache = new Map<string, 'report' | 'list' | 'latin' | 'none'>();

  constructor(
    /** The words of the report's undamaged lines. */
    private readonly reportWords: Vocabulary,
    private readonly wordList: WordList,
  ) {}

  /**
   * True when the printed word is a word: punctuation only around it (never a mark alone),
   * and its letters a report word, a report word after a usual prefix, a word of the word
   * list, a number, or a Latin word (the report quotes English titles). `made` is false for
   * a word that stands as extracted: only the report's words vouch for it.
   */
  isWord(printed: string): boolean {
    return this.strength(printed, true) > 0;
  }

  /**
   * 2 for a sure word; 1 for a word only the word list knows standing as extracted (`made`
   * false): word lists also list many pieces of words ("المن", "زلي"), so such a word is weak
   * evidence; 1 too for a Latin word the report uses nowhere else, but only as extracted: no
   * list vouches for Latin letters a reading glued ("tr" + "afficking"); 0 for no word.
   */
  strength(printed: string, made: boolean): 0 | 1 | 2 {
    let known = this.cache.get(printed);
    if (known === undefined) {
      known = this.judge(printed);
      this.cache.set(printed, known);
    }
    if (known === 'latin') return made ? 0 : 1;
    if (known === 'list') return 1;
    return known === 'report' ? 2 : 0;
  }

  /** True for a word of two letters the word list knows, which counts only between two words of its piece (src/ingest/inner-two-letter-word.ts). */
  innerWord(printed: string): boolean {
    return isInnerTwoLetterWord(printed, this.wordList);
  }

  private judge(printed: string): 'report' | 'list' | 'latin' | 'none' {
    const core = wordCore(printed);
    if (core === '') return 'none';
    // "و/أو": each side of a slash is a word the report uses, or the conjunction «و» («و/أو»,
    // "and/or", is how Arabic writes the choice of both or either: src/ingest/slash-words.ts).
    const parts = core.split('/');
    if (parts.length > 1) return parts.every((part) => part !== '' && (this.isReportWord(letterKey(part)) || isSlashParticle(part))) ? 'report' : 'none';
    if (numberWord.test(core)) return 'report';
    // The report quotes English titles and names, and no English word list is asked: a Latin
    // word the report uses elsewhere is a word; any other may be a piece of one ("serv" of
    // "servitude"), so it is weak, only as extracted, and a reading takes it only alone among
    // Arabic words (src/ingest/lone-latin-word.ts: «… مثل شبكة REDTRAM»).
    if (latinWord.test(core)) return this.reportWords.countKey(core) > 0 ? 'report' : core.length >= 2 ? 'latin' : 'none';
    if (!arabicWord.test(core)) return 'none';
    const key = letterKey(core);
    // A lone letter or a bare article is a piece of a word, even where the report has one
    // beside a digit ("٣و").
    if (key.length === 1 || isBareArticleKey(key)) return 'none';
    if (this.isReportWord(key)) return 'report';
    if (twoLetterWords.has(key)) return 'report';
    // Two letters are too often a piece of a word that a word list also lists ("بي", "غي").
    return key.length >= 3 && this.wordList.knows(key) === true ? 'list' : 'none';
  }

  private isReportWord(key: string): boolean {
    if (this.isReportForm(key)) return true;
    // The sound plural is written ون or ين by case: "الدبلوماسيون" is "الدبلوماسيين".
    if (key.endsWith('ون')) return this.isReportForm(`${key.slice(0, -2)}ين`);
    if (key.endsWith('ين')) return this.isReportForm(`${key.slice(0, -2)}ون`);
    return false;
  }

  private isReportForm(key: string): boolean {
    // A report word, or one without the article the report gives it («مجتمع»: «المجتمع»), as
    // it counts after a particle («ومجتمع»).
    if (this.reportWords.countKey(key) > 0 || (key.length >= 3 && this.reportWords.countKey(`ال${key}`) > 0)) return true;
    for (const prefix of prefixes) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      if (rest.length < 3) continue;
      // ب, ل and ك take no second particle and meet the article only as بال, لل, كال:
      // «لبالأشخاص» is no word («ينبغي ل» glued to «بالأشخاص.»).
      if (prefix.length === 1 && 'بلك'.includes(prefix) && /^(?:ال|بال|لل|كال)/u.test(rest)) continue;
      // A prefix that holds the article (ال, وال, بال, لل …) takes a word the report prints with
      // the article, or one it prints bare where the word list knows the whole word: never a
      // second article, nor a verb or particle (src/ingest/article-prefix.ts: «ال» + «ينبغي»).
      if (holdsArticle(prefix)) {
        if (this.reportWords.countKey(`ال${rest}`) > 0) return true;
        if (articleMayTake(rest) && this.reportWords.countKey(rest) > 0 && this.wordList.knows(key) === true) return true;
        continue;
      }
      if (this.reportWords.countKey(rest) > 0 || this.reportWords.countKey(`ال${rest}`) > 0) return true;
    }
    return false;
  }
}
