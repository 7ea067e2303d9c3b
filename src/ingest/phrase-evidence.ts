/**
 * A reading weighed by the report's own phrases at every place it changes the extracted line.
 * Where the rules of words and reading on leave several readings, or one whose start other turns
 * of the same words would read on from, what tells them apart is which words each puts side by
 * side. A reading makes new neighbours at three kinds of place: across the line break before it
 * (the line before's last word, its first), across the break after it (its last word, the line
 * after's first), and at every join inside the line where two words meet that the extracted
 * line did not have side by side. And it parts words the extracted line had side by side: where
 * the line was cut, those were never neighbours in print; anywhere else they were.
 *
 * A report prints its phrases again and again («سلاسل التوريد», «بما في ذلك», «على سبيل
 * المثال»). So a reading's evidence is the pairs the report prints that it makes (across its
 * breaks and at its joins), less the pairs the report prints that it parts: the true reading
 * parts only pairs that extraction made (the line's halves met there, words that do not stand
 * together in print) and makes the pairs the printed line had; a wrong turn parts a phrase of the
 * report or makes a pair it never prints. Line 91: «في» ends the line before and «استقدام»
 * starts the line after; the published turn «سلاسل … حظر رسوم» makes «في سلاسل» and «رسوم
 * استقدام» (+2), the turn at «ذلك» makes «في ذلك» across the break and parts «في ذلك» inside (0),
 * the turn at «التوريد» parts «سلاسل التوريد» (−1).
 *
 * A pair counts only where chance cannot make it (`pairCounts`): printed side by side at least
 * twice, or, printed once, with a word that meets few words on that side in the report (a noun or
 * a verb, not «في» or «من», after which some turn of almost any line starts with a word the
 * report prints after it). The pairs are those of the report's lines in reading order, never of
 * the line weighed or a copy of it (src/ingest/break-phrases.ts: PhraseBook).
 *
 * Where a reading glued a piece onto a word, it parts nothing there (`sameMeeting`), and the pair
 * of whole words it then makes counts as made.
 * And pairs say how words stand side by side, not how a word is glued: the reading taken glues
 * or cuts only into the report's own words, never into a word only the word list knows.
 *
 * The rule takes a reading of two halves only when it is one the rules prove but cannot
 * choose between, and its evidence is positive and exceeds by `margin` that of every rival: the
 * other readings, every turn of its words that reads on, and every reading of one to three pieces
 * under the rules, whatever its weak words, and with words no list knows counted as
 * words. It is true of any report that repeats its phrases: it only ever turns a refusal into a
 * reading, where one reading's joins and breaks agree with the report's phrases and no other's do
 * as well.
 */
import { letterKey } from '../text/arabic/characters';
import { countingNamesAnywhere } from './unknown-words';
import { searchReadings, type Atom, type SearchRules } from './reading-search';
import { fewestWords, mostPartners, pairKey, type BreakWords, type PhraseBook } from './break-phrases';

/** How much more evidence the reading taken must have than any rival. */
export const margin = 1;

/** How often a pair printed with two words that each meet many others must be printed to count. */
export const printedEnough = 2;

/** The evidence of a reading: the report's pairs it makes and those it parts. */
export interface Evidence {
  score: number;
  made: string[];
  parted: string[];
}

/**
 * True when punctuation stands between two words («رسوم"», «العمال.»): the report printing the
 * same letters side by side vouches for a phrase that runs on, not for one a quotation's end or
 * a full stop interrupts. Such a pair is neither made nor parted as a phrase (line 91: «رسوم»
 * then «استقدام» as printed, not «رسوم"» then it; line 100: «العمال. المهاجرين» as extracted is
 * no phrase parted, «العمال» across the break before «المهاجرين» is one made).
 */
export function punctuationBetween(first: string, second: string): boolean {
  return !/[\p{L}\p{M}\p{N}]$/u.test(first) || !/^[\p{L}\p{M}\p{N}]/u.test(second);
}

/**
 * True when the report prints `first` then `second` in a way chance does not explain: at least
 * `printedEnough` times, or once where `first` meets few words after it or `second` few before
 * it. `fixed` names a word the reading did not choose (a neighbour's, across a break): only that
 * word's partners are then asked, as the reading picks the other among its own words.
 */
export function pairCounts(first: string, second: string, phrases: PhraseBook, fixed?: 'first' | 'second'): boolean {
  const printed = phrases.timesPrinted(first, second);
  if (printed === 0) return false;
  if (printed >= printedEnough) return true;
  const fewAfter = fixed !== 'second' && phrases.partnersOf(first, 'after') <= mostPartners;
  const fewBefore = fixed !== 'first' && phrases.partnersOf(second, 'before') <= mostPartners;
  return fewAfter || fewBefore;
}

/** Two side-by-side words, by letters, with whether punctuation stands between them. */
interface Pair {
  first: string;
  second: string;
  key: string;
  punctuated: boolean;
}

function sideBySide(words: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  for (let index = 0; index + 1 < words.length; index++) {
    const [first, second] = [words[index]!, words[index + 1]!];
    const key = pairKey(first, second);
    if (key !== undefined) pairs.push({ first: letterKey(first), second: letterKey(second), key, punctuated: punctuationBetween(first, second) });
  }
  return pairs;
}

/**
 * True when two pairs are the same meeting of two words, where a reading glued a piece onto a
 * word or cut one off: the first words end alike and the second words start alike (the extracted
 * «أكثر» then «عرضة» still meet in «الأكثر عرضة»; «بالبشر،» then «م» in «بالبشر، مثل»): the
 * reading parts nothing there.
 */
function sameMeeting(one: Pair, other: Pair): boolean {
  const ends = one.first.endsWith(other.first) || other.first.endsWith(one.first);
  const starts = one.second.startsWith(other.second) || other.second.startsWith(one.second);
  return ends && starts;
}

/**
 * True when the extracted line already has the pair's two words side by side, with a piece glued
 * to the outer side of either («لطينبغي للدول» holds «ينبغي للدول»): a reading that cuts that piece
 * off makes no new meeting there (synthetic seed 4, line 39: without this, «ينبغي للدول» counted as
 * made and took «… والامتثال المساعدة القانونية لطلبات»). Gluing a piece on is another matter: the
 * whole word then meets its neighbour as it did not in the extracted line («اض» then «الاستغلال»
 * makes «لأغراض الاستغلال»).
 */
function standsInExtracted(pair: Pair, inExtracted: readonly Pair[]): boolean {
  return inExtracted.some((other) => other.first.endsWith(pair.first) && other.second.startsWith(pair.second));
}

/**
 * A reading's evidence against the extracted line's words: the counted pairs it makes (across
 * its breaks, and at its joins where two words meet that did not meet in the extracted line)
 * less the counted pairs of the extracted line it parts. A pair across a break that the
 * reading also holds inside says nothing of where it starts (line 91: «في» before, «بما في ذلك»
 * inside every turn).
 */
export function evidenceOf(words: readonly string[], extracted: readonly string[], breaks: BreakWords, phrases: PhraseBook): Evidence {
  const inReading = sideBySide(words);
  const inExtracted = sideBySide(extracted);
  const made: string[] = [];
  const parted: string[] = [];
  const [first, last] = [words[0]!, words.at(-1)!];
  const acrossBreak = (a: string, b: string, fixed: 'first' | 'second') => {
    const key = pairKey(a, b);
    if (key !== undefined && !inReading.some((pair) => pair.key === key) && !punctuationBetween(a, b) && pairCounts(a, b, phrases, fixed)) made.push(key);
  };
  if (breaks.before !== undefined) acrossBreak(breaks.before, first, 'first');
  if (breaks.after !== undefined) acrossBreak(last, breaks.after, 'second');
  const counted = (pair: Pair) => !pair.punctuated && pairCounts(pair.first, pair.second, phrases);
  // Made: a pair of whole words the extracted line did not print side by side, letter for letter
  // (a word glued whole makes its pair anew: «لأغر» + «اض» then «الاستغلال» makes «لأغراض
  // الاستغلال», as a turn that put «لأغراض» before «الاستغلال» across a break would). Parted: a
  // meeting of the extracted line the reading no longer has, a piece glued on or cut off aside.
  const printedInExtracted = new Map<string, number>();
  for (const pair of inExtracted) printedInExtracted.set(pair.key, (printedInExtracted.get(pair.key) ?? 0) + 1);
  for (const pair of inReading) {
    const left = printedInExtracted.get(pair.key) ?? 0;
    if (left > 0) printedInExtracted.set(pair.key, left - 1);
    else if (!standsInExtracted(pair, inExtracted) && counted(pair)) made.push(pair.key);
  }
  for (const pair of inExtracted) if (!inReading.some((other) => sameMeeting(pair, other)) && counted(pair)) parted.push(pair.key);
  return { score: made.length - parted.length, made, parted };
}

/** What the rule weighs a line with. */
export interface EvidenceSearch {
  atoms: readonly Atom[];
  rivalAtoms: () => readonly Atom[];
  rules: SearchRules;
  /** The line's words as extracted (a paragraph number taken out). */
  extracted: readonly string[];
  /** The turns of a reading's words that also read on (its other starts). */
  turnsReadingOn(reading: string): string[];
}

/** The most pieces of the rival readings looked for. */
const rivalPieces = 3;

/** The most pieces of the readings the rule weighs: two halves. */
const mostPiecesWeighed = 2;

/**
 * The one reading of `readings` (those the rules prove and cannot choose between) whose evidence
 * is positive and exceeds every rival's by `atLeast` (`margin`); otherwise undefined.
 */
export function readingByPhraseEvidence(readings: readonly string[], pieces: number, search: EvidenceSearch, breaks: BreakWords, phrases: PhraseBook, atLeast = margin): string | undefined {
  if (readings.length === 0 || phrases.vocabularySize < fewestWords) return undefined;
  // Readings of three pieces or more are cut where the search cannot build every rival (a turned
  // line whose run starts with a fragment after a shown cut; a reversal a rule of words refuses):
  // their evidence is weighed against too few readings, the true one not among them (synthetic
  // seed 2, line 100, five pieces: «… يدفعها الأكثر عرضة المهاجرين عمال.»; seed 18, line 144,
  // three pieces: «… تدريب قبل أن يبدؤوا عملهم خارج البلاد، موظفيها في مجال الاتِّجار بالبشر»).
  // Two halves, as the phrases across the breaks weigh them (src/ingest/break-phrases.ts).
  if (pieces > mostPiecesWeighed) return undefined;
  const scoreOf = (words: readonly string[]) => evidenceOf(words, search.extracted, breaks, phrases).score;
  const scored = readings.map((reading) => ({ reading, score: scoreOf(reading.split(' ')) }));
  const best = Math.max(...scored.map(({ score }) => score));
  const chosen = scored.filter(({ score }) => score === best);
  if (best <= 0 || chosen.length !== 1) return undefined;
  const { reading } = chosen[0]!;
  // Pairs say how words stand side by side, not how a word is glued: a word the reading glued or
  // cut must be one of the report's own, never one only the word list knows, which makes a word of
  // almost any letters (synthetic line 272: «آل» + «عقود» glued into «آلعقود», the start right).
  const asExtracted = new Set(search.extracted);
  if (reading.split(' ').some((word) => !asExtracted.has(word) && search.rules.strength(word, true) !== 2)) return undefined;
  const close = (score: number) => score > best - atLeast;
  if (scored.some((other) => other.reading !== reading && close(other.score))) return undefined;
  for (const turn of readings.flatMap((one) => search.turnsReadingOn(one))) {
    if (turn !== reading && close(scoreOf(turn.split(' ')))) return undefined;
  }
  // Every other reading of up to three pieces that comes close.
  for (let count = search.rules.minPieces ?? 1; count <= rivalPieces; count++) {
    for (const base of [search.rules, countingNamesAnywhere(search.rules)]) {
      for (const atoms of [search.atoms, search.rivalAtoms()]) {
        const accepts = (words: readonly string[]) => base.accepts(words) && words.join(' ') !== reading && close(scoreOf(words));
        const result = searchReadings(atoms, { ...base, accepts, minPieces: count, maxPieces: count, everyReading: true });
        if (result.exhausted || result.limited === true || result.readings.length > 0) return undefined;
      }
    }
  }
  return reading;
}
