/**
 * Where a line cut in two starts, read from the words across its line breaks. A printed line
 * cut in two at a single space, its halves swapped, often reads on from any of its words: every
 * turn of it keeps every word a word and no sentence rule tells them apart (line 91: «سلاسل
 * التوريد العالمية" … حظر رسوم», 16 turns). What tells them apart is what the words say across
 * the breaks: the true turn puts the line's first word after the last word of the line before,
 * and its last word before the first word of the line after, and a report prints the same
 * phrases again and again. «حظر رسوم» then «استقدام» on the next line is «رسوم استقدام», which
 * line 100 prints; «المسؤولين» then «عن» (line 195) is printed on line 194 itself; «على» then
 * «ضرورة» (line 274) on line 218.
 *
 * So a line's readings are weighed by two words pairs at its breaks: (the line before's last
 * word, the reading's first word) and (the reading's last word, the line after's first word).
 * A pair is attested when the report prints those two words side by side elsewhere, in a line
 * that shows no cut and is not ruled out as extracted (src/ingest/line-end-space.ts): never the
 * line itself, nor a line with its words. The neighbours must be in reading order themselves.
 * The rule takes a reading only when it is the one reading, of every reading of the fewest
 * pieces and of three pieces (whatever its weak words, and with words no list knows counted as
 * words), that has an attested pair at a break; and when the pair it cuts apart (its last word,
 * then its first, which stood side by side in the line as printed before the cut) is not
 * attested: the report printing those two together is evidence the line runs on there. One
 * reading with evidence and none for any other is proof; two, or none, is a refusal as before.
 *
 * It is true of any report: a line break falls between two words of running text, and the
 * phrases a text uses recur in it. It only ever turns a refusal into a reading where the breaks
 * single out one turn; a chance pair (two common words side by side) can only add evidence to a
 * rival and make the pass refuse.
 */
import { letterKey } from '../text/arabic/characters';
import { countingNamesAnywhere } from './unknown-words';
import { searchReadings, type Atom, type SearchRules } from './reading-search';

/**
 * Word pairs a report prints side by side, over its lines in reading order, by letter key. Two
 * lines with the same letters (a line and its copy, or the same line before and after it was put
 * in order) count once, and a line is weighed without its own: it must not vouch for itself.
 */
export class PhraseBook {
  private readonly counts = new Map<string, number>();
  private readonly byLetters = new Map<string, string[]>();
  /** For each word, the words printed after it (`after`) and before it (`before`), with how often. */
  private readonly partners = { after: new Map<string, Map<string, number>>(), before: new Map<string, Map<string, number>>() };
  private excluded: readonly string[] = [];
  /** How many different words the texts hold. */
  readonly vocabularySize: number;

  constructor(texts: Iterable<string>) {
    const words = new Set<string>();
    for (const text of texts) {
      const letters = lettersOf(text);
      if (this.byLetters.has(letters)) continue;
      const pairs = pairsOf(text);
      for (const word of text.split(' ')) if (letterKey(word) !== '') words.add(letterKey(word));
      this.byLetters.set(letters, pairs);
      for (const pair of pairs) {
        this.counts.set(pair, (this.counts.get(pair) ?? 0) + 1);
        const [first, second] = pair.split(' ') as [string, string];
        addPartner(this.partners.after, first, second);
        addPartner(this.partners.before, second, first);
      }
    }
    this.vocabularySize = words.size;
  }

  /** The same pairs without those of any line with the letters of `text` (the line weighed). */
  without(text: string): PhraseBook {
    const rest = Object.create(PhraseBook.prototype) as PhraseBook;
    Object.assign(rest, { counts: this.counts, byLetters: this.byLetters, partners: this.partners, vocabularySize: this.vocabularySize, excluded: this.byLetters.get(lettersOf(text)) ?? [] });
    return rest;
  }

  /** True when the report prints `first` and `second` side by side (letters compared, marks and punctuation aside). */
  attests(first: string, second: string): boolean {
    const pair = pairKey(first, second);
    if (pair === undefined) return false;
    return (this.counts.get(pair) ?? 0) - this.own(pair) > 0;
  }

  /** How many times the report prints `first` and `second` side by side (the line weighed aside). */
  timesPrinted(first: string, second: string): number {
    const pair = pairKey(first, second);
    if (pair === undefined) return 0;
    return (this.counts.get(pair) ?? 0) - this.own(pair);
  }

  /**
   * How many different words the report prints after `word` (`after`) or before it (`before`).
   * A preposition or a conjunction meets dozens («في»: 43 in this report, «من»: 28), a noun or
   * a verb a few («المسؤولين»: 1, «ضرورة»: 2 before it).
   */
  partnersOf(word: string, side: 'after' | 'before'): number {
    const key = letterKey(word);
    let partners = 0;
    for (const [partner, count] of this.partners[side].get(key) ?? []) {
      const pair = side === 'after' ? `${key} ${partner}` : `${partner} ${key}`;
      if (count - this.own(pair) > 0) partners++;
    }
    return partners;
  }

  private own(pair: string): number {
    return this.excluded.filter((excluded) => excluded === pair).length;
  }
}

function addPartner(partners: Map<string, Map<string, number>>, word: string, partner: string): void {
  let of = partners.get(word);
  if (of === undefined) partners.set(word, (of = new Map()));
  of.set(partner, (of.get(partner) ?? 0) + 1);
}

/** A text's letters in sorted order: the same for a line however its pieces are ordered. */
function lettersOf(text: string): string {
  return [...letterKey(text.replaceAll(' ', ''))].sort().join('');
}

/** Two words side by side by their letters («في سلاسل»), or undefined where either has none. */
export function pairKey(first: string, second: string): string | undefined {
  const a = letterKey(first);
  const b = letterKey(second);
  return a === '' || b === '' ? undefined : `${a} ${b}`;
}

function pairsOf(text: string): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  const pairs: string[] = [];
  for (let index = 0; index + 1 < words.length; index++) {
    const pair = pairKey(words[index]!, words[index + 1]!);
    if (pair !== undefined) pairs.push(pair);
  }
  return pairs;
}

/** The words across a line's breaks, each from a neighbour in reading order. */
export interface BreakWords {
  /** The last word of the line before. */
  before?: string;
  /** The first word of the line after. */
  after?: string;
}

/**
 * The most different words a neighbour's word may meet in the report and still single out a
 * turn: after a word printed before dozens of others («من», «في»), some turn of almost any line
 * starts with one of them by chance (synthetic line 242: «من» then «الضحايا», a wrong turn).
 */
export const mostPartners = 3;

/**
 * The fewest different words the report must hold for the count of a word's partners to tell a
 * preposition from a noun: in a few sentences «في» meets as few words as any noun. This report
 * holds about 830; a short text is never read this way.
 */
export const fewestWords = 500;

/**
 * True when a reading has an attested pair at one of its breaks: the neighbour's word meets few
 * words in the report (`mostPartners`), and the pair is not one of the reading's own words side
 * by side (its last word and first word included: they stood side by side before the line was
 * cut). A pair the line holds itself says nothing about where it starts: with «في» at the end of
 * the line before, the turn of line 91 that starts at «ذلك» puts «في ذلك» across the break, but
 * every other turn has «في ذلك» inside the line («بما في ذلك»).
 */
export function hasAttestedBreak(words: readonly string[], breaks: BreakWords, phrases: PhraseBook): boolean {
  const own = new Set(words.map((word, index) => pairKey(word, words[(index + 1) % words.length]!)));
  const counts = (first: string, second: string) => !own.has(pairKey(first, second)) && phrases.attests(first, second);
  const before = breaks.before !== undefined && phrases.partnersOf(breaks.before, 'after') <= mostPartners && counts(breaks.before, words[0]!);
  const after = breaks.after !== undefined && phrases.partnersOf(breaks.after, 'before') <= mostPartners && counts(words.at(-1)!, breaks.after);
  return before || after;
}

/** The most pieces among which a reading with evidence at its breaks must be the only one. */
const rivalPieces = 3;

/**
 * The one reading with the fewest pieces (`fewest`: two; a line that reads as extracted is not
 * turned round on this evidence) that has an attested pair at a
 * break, when no other reading of up to three pieces has one (under the rules, and with words no
 * list knows counted as words), and the pair it cuts apart is not attested; otherwise undefined.
 */
export function readingByBreakPhrases(
  atoms: readonly Atom[],
  rivalAtoms: () => readonly Atom[],
  rules: SearchRules,
  fewest: number,
  breaks: BreakWords,
  phrases: PhraseBook,
): string | undefined {
  if (fewest !== 2 || (breaks.before === undefined && breaks.after === undefined) || phrases.vocabularySize < fewestWords) return undefined;
  const withEvidence = new Set<string>();
  let chosen: string | undefined;
  const rivalsAtoms = rivalAtoms();
  for (let pieces = rules.minPieces ?? 1; pieces <= rivalPieces; pieces++) {
    for (const base of [rules, countingNamesAnywhere(rules)]) {
      for (const which of [atoms, rivalsAtoms]) {
        const accepts = (words: readonly string[]) => base.accepts(words) && hasAttestedBreak(words, breaks, phrases);
        const result = searchReadings(which, { ...base, accepts, minPieces: pieces, maxPieces: pieces, everyReading: true });
        if (result.exhausted || result.limited === true) return undefined;
        for (const reading of result.readings) withEvidence.add(reading);
        if (pieces === fewest && base === rules && which === atoms && result.readings.length === 1) chosen = result.readings[0];
      }
    }
    if (withEvidence.size > 1) return undefined;
  }
  if (chosen === undefined || withEvidence.size !== 1) return undefined;
  // The pair the reading cuts apart: its last word stood before its first in the printed text.
  const words = chosen.split(' ');
  if (phrases.attests(words.at(-1)!, words[0]!)) return undefined;
  return chosen;
}
