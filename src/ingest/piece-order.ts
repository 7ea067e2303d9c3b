/**
 * What the piece-order passes share: a line's setting in the document (does it open or close
 * a unit, which words stand across the line breaks), the rules a reading must meet to read on
 * across them, and one search per line (src/ingest/reading-search.ts) whose result both
 * passes consult.
 */
import { arabicDigitClass, letterKey } from '../text/arabic/characters';
import type { ClassifiedLine } from './classified-line';
import { normalizeText } from './passes/normalize';
import { atomsOf, closesWord, searchReadings, tokensOfSource, type SearchResult, type SearchRules, type SourceToken } from './reading-search';
import { openerAfterBareWord } from './opener-after-bare-word';
import { isSubordinatingParticle } from './subordinate-particle';
import { latinWordsStandAlone } from './lone-latin-word';
import { readingAtShownSeam } from './shown-seam-start';
import { anotherConjunctionStart, numberPlaceShownAsCut, opensWithConjunction } from './paragraph-number-seam';
import { hasTatweelEdge } from './tatweel-edge';
import { isReportWord } from './weak-run-cuts';
import type { WordJudge } from './word-list';
import { countingUnknownWords, fewerPiecesWithUnknownWords, readingsIfUnlistedWordsCount, readingsWithNamesInside } from './unknown-words';
import { readingInListOrder } from './sorted-list';
import { readingByBreakPhrases, type BreakWords, type PhraseBook } from './break-phrases';
import { turnedRunRival } from './turned-run-reversed';
import { verbAfterParticle } from './verb-after-particle';
import { readingByPhraseEvidence } from './phrase-evidence';

/** Where a line stands in the document, and its neighbours' words across the line breaks. */
export interface LineSetting {
  /** The kind of unit whose text this line opens, if it is a unit's first line. */
  opens?: 'recommendation' | 'paragraph';
  /** True for the last line of a unit's text. */
  closesUnit: boolean;
  /** The last word of the line before in the same unit, when that line is in reading order. */
  previousWord?: string;
  /** The first word of the line after in the same unit, when that line is in reading order. */
  nextWord?: string;
  /** The whole line before in the same unit, when it is in reading order. */
  previousText?: string;
  /** The whole line after in the same unit, when it is in reading order. */
  nextText?: string;
  /** Set when the line's own extracted order cannot be how it was printed (src/ingest/line-end-space.ts). */
  notAsExtracted?: true;
  /**
   * The words across the line's breaks from neighbours in reading order, a neighbour as
   * extracted only when its own extracted order is not ruled out (src/ingest/break-phrases.ts).
   */
  breaks?: BreakWords;
  /** True for a word the word list knows only as a verb (src/ingest/verb-after-particle.ts). */
  isOnlyVerb?: (printed: string) => boolean;
}

/** The words that open units of each kind in this report, from its undamaged first lines. */
export interface Openers {
  recommendation: ReadonlySet<string>;
  paragraph: ReadonlySet<string>;
}

/** What a search of one line found, and how to write a reading back. */
export interface LineReadings extends SearchResult {
  /** The reading as the line's text: the paragraph number, if any, first. */
  asText(reading: string): string;
}

/** The most pieces a piece-order pass tries. */
export const maxPieces = 7;

const paragraphNumber = new RegExp(`^-([${arabicDigitClass}]+)$`, 'u');
const sentenceEnd = /[.:]$/u;
/** Words that open a sentence inside a paragraph of a UN report besides those with و or ف. */
const sentenceOpeners = new Set(['كما', 'ثم', 'لكن'].map(letterKey));

/** True when a word may open a sentence that continues a paragraph: و or ف, or كما, ثم, لكن (never «وأنَّ»). */
export function opensSentence(word: string): boolean {
  if (isSubordinatingParticle(word)) return false;
  const key = letterKey(word);
  return key.startsWith('و') || key.startsWith('ف') || sentenceOpeners.has(key);
}

/**
 * The rules of reading on: a unit's first line opens with a word that opens units of its
 * kind in this report; a unit's last line ends a sentence; after a full stop comes a word
 * that opens a sentence, inside the line and across its breaks; and no verb follows a word that
 * governs a noun («على», «أنَّ»: src/ingest/verb-after-particle.ts).
 */
export function readsOn(words: readonly string[], setting: LineSetting, openers: Openers): boolean {
  const first = words[0]!;
  const last = words.at(-1)!;
  const openersOfEveryKind = [openers.recommendation, openers.paragraph];
  if (setting.opens !== undefined) {
    const known = openers[setting.opens];
    if (known.size > 0 && !known.has(letterKey(first))) return false;
  } else if (setting.previousWord !== undefined) {
    if (setting.previousWord.endsWith('.') && !opensSentence(first)) return false;
    if (openerAfterBareWord(setting.previousWord, first, openersOfEveryKind)) return false;
  }
  if (setting.closesUnit && !sentenceEnd.test(last)) return false;
  for (let index = 0; index + 1 < words.length; index++) {
    if (words[index]!.endsWith('.') && !opensSentence(words[index + 1]!)) return false;
    if (openerAfterBareWord(words[index]!, words[index + 1]!, openersOfEveryKind)) return false;
  }
  if (!setting.closesUnit && last.endsWith('.') && setting.nextWord !== undefined && !opensSentence(setting.nextWord)) return false;
  return !verbAfterParticle(words, setting);
}

/** The source words of a line the piece-order passes may read, with a paragraph number taken out. */
export function tokensToRead(line: ClassifiedLine): { tokens: SourceToken[]; numberAt?: number; digits?: string } | undefined {
  if (line.lines.length !== 1) return undefined;
  // Only a line no earlier rule has touched: its words are the source's words.
  if (line.changes.length > 0 || line.text !== normalizeText(line.source)) return undefined;
  const tokens = tokensOfSource(line.source);
  if (line.role.kind !== 'paragraph-start') return { tokens };
  const at = tokens.findIndex((token) => paragraphNumber.test(token.text));
  if (at < 0) return undefined;
  const digits = paragraphNumber.exec(tokens[at]!.text)![1]!;
  const rest = tokens.filter((_, index) => index !== at);
  // The number sat between two words; what follows it is now next to what preceded it.
  if (at < rest.length) rest[at] = { ...rest[at]!, gapBefore: at === 0 ? 0 : Math.max(rest[at]!.gapBefore, tokens[at]!.gapBefore) };
  return { tokens: rest, numberAt: at, digits };
}

/**
 * Searches one line for the readings that keep its characters, make words and read on. Where
 * that leaves more than one, a list of names in alphabetical order may still say which
 * (src/ingest/sorted-list.ts).
 */
export function readingsOfLine(line: ClassifiedLine, setting: LineSetting, openers: Openers, judge: WordJudge, phrases?: PhraseBook): LineReadings | undefined {
  const found = provenReadingsOfLine(line, setting, openers, judge, phrases);
  if (found === undefined || (found.readings.length === 1 && !found.exhausted)) return found;
  return readingByListOrder(line, setting, openers, judge, found.asText) ?? found;
}

/** The rules a reading of the line must meet, and its atoms. */
function searchOfLine(line: ClassifiedLine, setting: LineSetting, openers: Openers, judge: WordJudge) {
  const toRead = tokensToRead(line);
  if (toRead === undefined || toRead.tokens.length === 0) return undefined;
  const { tokens, numberAt } = toRead;
  const isWord = (word: string) => judge.isWord(word);
  // A line of running text that does not end with the space before the next line was not
  // written in reading order (src/ingest/line-end-space.ts): the extracted order is no reading.
  const notAsExtracted = setting.notAsExtracted === true;
  // Where the number stood, the words on either side may be two words or one word cut by it.
  const flexible = numberAt !== undefined && numberAt > 0 && numberAt < tokens.length ? new Set([numberAt]) : new Set<number>();
  // A word only the list knows that is two report words glued may be cut there (src/ingest/weak-run-cuts.ts).
  const atoms = atomsOf(tokens, isWord, flexible, { isSure: isReportWord(judge) });
  // Cut into three, a word only the list knows may be two pieces glued where the line was cut
  // («بالبشر» + «ات»): the rival readings of two halves are looked for with it cut anywhere.
  const rivalAtoms = () => atomsOf(tokens, isWord, flexible, { isSure: isReportWord(judge), anywhere: true });
  const rules = {
    strength: (word: string, made: boolean) => judge.strength(word, made),
    innerWord: (word: string) => judge.innerWord(word),
    accepts: (words: readonly string[]) => readsOn(words, setting, openers) && latinWordsStandAlone(words, (word) => judge.strength(word, false) === 2),
    maxPieces,
    ...(notAsExtracted ? { minPieces: 2 } : {}),
    startIsWhole: setting.previousWord !== undefined && closesWord(setting.previousWord),
  };
  return { tokens, atoms, rivalAtoms, rules };
}

/**
 * The line's one reading whose list of names stands in alphabetical order with the lists of
 * the lines around it, among every reading of one to three pieces that passes, as the rules
 * judge words or with the words no list knows counted as words (names are what word lists
 * lack); only a reading that keeps every extracted word whole, the line cut between words.
 */
function readingByListOrder(line: ClassifiedLine, setting: LineSetting, openers: Openers, judge: WordJudge, asText: (reading: string) => string): LineReadings | undefined {
  if (setting.previousText === undefined || setting.nextText === undefined || !line.text.includes('،')) return undefined;
  const search = searchOfLine(line, setting, openers, judge);
  if (search === undefined) return undefined;
  // The readings the rules find, and those they find with words no list knows counted as words:
  // the order of names decides between them all, and the count decides nothing by itself.
  const piecesOf = new Map<string, number>();
  for (const rules of [search.rules, countingUnknownWords(search.rules, search.tokens, { kind: 'names', where: 'anywhere' })]) {
    for (let pieces = rules.minPieces ?? 1; pieces <= 3; pieces++) {
      const result = searchReadings(search.atoms, { ...rules, minPieces: pieces, maxPieces: pieces });
      if (result.exhausted) return undefined;
      for (const reading of result.readings) if (!piecesOf.has(reading)) piecesOf.set(reading, pieces);
    }
  }
  const wordsOf = (words: readonly string[]) => [...words].sort().join(' ');
  const lineWords = wordsOf(search.tokens.map((token) => token.text));
  const chosen = readingInListOrder([...piecesOf.keys()], setting.previousText, setting.nextText, (reading) => wordsOf(reading.split(' ')) === lineWords);
  if (chosen === undefined) return undefined;
  return { pieces: piecesOf.get(chosen)!, readings: [chosen], exhausted: false, asText };
}

/** The readings the rules of words and reading on prove (one), or those they cannot choose between. */
function provenReadingsOfLine(line: ClassifiedLine, setting: LineSetting, openers: Openers, judge: WordJudge, phrases?: PhraseBook): LineReadings | undefined {
  const toRead = tokensToRead(line);
  if (toRead === undefined || toRead.tokens.length === 0) return undefined;
  const { tokens, numberAt, digits } = toRead;
  const asText = (reading: string) => (digits === undefined ? reading : `${digits}- ${reading}`);
  // Most lines read as extracted: every word a sure word, no cut shown, reading on. Nothing to search.
  const words = tokens.map((token) => token.text);
  if (setting.notAsExtracted !== true && tokens.every((token, index) => (index === 0 || token.gapBefore < 2 || index === numberAt) && !hasTatweelEdge(token)) && words.every((word) => judge.strength(word, false) === 2) && readsOn(words, setting, openers)) {
    return { pieces: 1, readings: [words.join(' ')], exhausted: false, asText };
  }
  const search = searchOfLine(line, setting, openers, judge)!;
  const { rivalAtoms } = search;
  let { atoms } = search;
  let rules: SearchRules = search.rules;
  let result = searchReadings(atoms, rules);
  // No reading, and one once the names no list knows that the source prints inside a piece
  // count as words («تويتر،»): that reading is weighed on, with those words counted, by every
  // rule below (src/ingest/unknown-words.ts).
  if (result.readings.length === 0 && !result.exhausted) {
    const counted = readingsWithNamesInside(atoms, rules, tokens);
    if (counted !== undefined && (counted.result.readings.length > 0 || counted.result.exhausted)) ({ result, rules } = counted);
  }
  if (result.readings.length === 0 && setting.opens !== undefined) {
    // A unit's first line whose one shown seam says where it starts (src/ingest/shown-seam-start.ts),
    // unless a word that opens units of its kind stands in it: the line may start there, at a
    // cut the source does not show. A paragraph number written inside the line shows such a
    // seam where it stands (src/ingest/paragraph-number-seam.ts).
    const known = openers[setting.opens];
    if (!tokens.some((token) => known.has(letterKey(token.text)))) {
      const numberSeam = numberPlaceShownAsCut(tokens, numberAt);
      const seamAtoms = numberSeam === undefined ? atoms : atomsOf(numberSeam, (word) => judge.isWord(word), new Set(), { isSure: isReportWord(judge) });
      const readsOnWithoutOpener = (words: readonly string[]) => readsOn(words, { ...setting, opens: undefined }, openers);
      const opensAtSeam = (words: readonly string[]) => numberSeam === undefined || opensWithConjunction(words[0]!);
      const atSeam = readingAtShownSeam(seamAtoms, rules, (words) => opensAtSeam(words) && readsOnWithoutOpener(words));
      if (atSeam !== undefined && !(numberSeam !== undefined && anotherConjunctionStart(atSeam.readings[0]!, readsOnWithoutOpener))) {
        result = atSeam;
        atoms = seamAtoms;
      }
    }
  }
  // Where the rules leave more than one reading of one or two pieces, or cannot prove where the
  // line starts, the words across its breaks may single one out (src/ingest/break-phrases.ts).
  // Failing that, the report's phrases at every join and cut of the readings may (src/ingest/phrase-evidence.ts).
  const ruledOut = setting.notAsExtracted === true ? words.join(' ') : undefined;
  const byBreaks = (): LineReadings | undefined => {
    if (phrases === undefined || setting.breaks === undefined || result.exhausted || result.pieces === 0) return undefined;
    const breaks = setting.breaks;
    const evidence = () => readingByPhraseEvidence(result.readings, result.pieces, { atoms, rivalAtoms, rules, extracted: words, turnsReadingOn: (reading) => turnsReadingOn(reading, setting, openers, ruledOut) }, breaks, phrases);
    const chosen = readingByBreakPhrases(atoms, rivalAtoms, rules, result.pieces, breaks, phrases) ?? evidence();
    if (chosen === undefined) return undefined;
    const decided = { pieces: result.pieces, readings: [chosen], exhausted: false };
    // Still not proven where fewer pieces read on once a word nobody knows counts (src/ingest/unknown-words.ts).
    if (decided.pieces >= 2 && fewerPiecesWithUnknownWords(atoms, rules, decided, tokens)) return undefined;
    // Nor where the line turned round with a run reversed also reads (src/ingest/turned-run-reversed.ts).
    if (turnedRunRival(atoms, rules, chosen) !== undefined) return undefined;
    return { ...decided, asText };
  };
  if (result.readings.length > 1) return byBreaks() ?? { ...result, asText };
  // A reading is not proven where it rests on a word no list knows being no word: were that
  // word a name the lists lack («لانكا،»), another reading might pass (src/ingest/unknown-words.ts).
  if (result.readings.length === 1) {
    const rivals = readingsIfUnlistedWordsCount(atoms, rules, tokens, result.readings[0]!);
    if (rivals.length > 0) return { ...result, readings: [...result.readings, ...rivals].slice(0, 4), asText };
  }
  // A reading with fewer pieces that only a word nobody knows rules out is a rival (src/ingest/unknown-words.ts).
  if (result.readings.length === 1 && result.pieces >= 2 && fewerPiecesWithUnknownWords(atoms, rules, result, tokens)) {
    return { ...result, readings: [...result.readings, 'fewer pieces with a word nobody knows'], asText };
  }
  // A line turned round with a run of pieces reversed inside it is no reversal of pieces: where
  // such a reading also passes, the pass does not choose (src/ingest/turned-run-reversed.ts).
  // Asked of readings of three pieces or more, the reversals such a line was read as wrongly
  // (docs/reading-order.md); asked of two halves too, it cost restored lines and three times
  // the core's time, and caught no wrong line more at the seeds measured.
  if (result.readings.length === 1 && result.pieces >= 3) {
    const rival = turnedRunRival(atoms, rules, result.readings[0]!);
    if (rival !== undefined) return { ...result, readings: [...result.readings, rival], asText };
  }
  // The line's start must be decided too: if the chosen reading read on as well from another
  // word (the same words, turned round), where the line starts is not proven.
  // Except where two halves met at a run of spaces: that run is where the line ends and starts.
  const seamShown = result.pieces === 2 && atoms.some((atom) => atom.before?.mustCut);
  // Two halves met at a single space prove nothing against three pieces cut at single spaces:
  // if a reading with three pieces also passes, the pass does not choose.
  if (result.pieces === 2 && result.readings.length === 1 && !seamShown) {
    const three = searchReadings(rivalAtoms(), { ...rules, minPieces: 3, maxPieces: 3 });
    if (three.exhausted || three.readings.length > 0) return byBreaks() ?? { ...result, readings: [...result.readings, ...(three.readings.length > 0 ? three.readings : ['(too many readings to list)'])].slice(0, 4), asText };
  }
  if (result.readings.length === 1 && !seamShown && startIsOpen(result.readings[0]!, setting, openers, ruledOut)) {
    return byBreaks() ?? { ...result, readings: [...result.readings, 'another start'], asText };
  }
  return { ...result, asText };
}

/** True when the reading, turned round to start at another of its words, also reads on (a turn that is `ruledOut` aside). */
export function startIsOpen(reading: string, setting: LineSetting, openers: Openers, ruledOut?: string): boolean {
  return turnsReadingOn(reading, setting, openers, ruledOut, true).length > 0;
}

/** The reading's words turned round to start at each other word, where they read on (a turn that is `ruledOut` aside). */
export function turnsReadingOn(reading: string, setting: LineSetting, openers: Openers, ruledOut?: string, firstOnly = false): string[] {
  const words = reading.split(' ');
  const turns: string[] = [];
  for (let start = 1; start < words.length; start++) {
    const turned = [...words.slice(start), ...words.slice(0, start)];
    if (turned.join(' ') !== ruledOut && readsOn(turned, setting, openers)) {
      turns.push(turned.join(' '));
      if (firstOnly) break;
    }
  }
  return turns;
}

/** True when the line's own extracted order is the reading (nothing to do). */
export function isAsExtracted(line: ClassifiedLine, reading: string): boolean {
  return reading === line.text;
}
