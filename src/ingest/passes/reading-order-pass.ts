/**
 * The shape of a general reading-order pass, the one way a pass changes a line (through
 * `reorder`, which records the pass's name so every change can be traced in the output), and
 * the runner that takes every line through the passes.
 */
import { arabicDigitClass, letterKey } from '../../text/arabic/characters';
import type { ClassifiedLine, LineRole } from '../classified-line';
import { isBareArticleKey, isLoneLetter } from '../fragments';
import { provesUnitStart } from '../distinctive-opener';
import { holdsGluedSeam } from '../glued-seam';
import { hasTatweelEdge } from '../tatweel-edge';
import { extractedOrderRuledOut, reportShowsEndSpace } from '../line-end-space';
import { readingsOfLine, tokensToRead, type LineReadings, type LineSetting, type Openers } from '../piece-order';
import { Vocabulary } from '../vocabulary';
import { noWordList, WordJudge, type WordList } from '../word-list';
import { keysOfLines, LineWords } from '../words';
import { PhraseBook } from '../break-phrases';
import { onlyVerbIn } from '../verb-after-particle';
import { classifyLines } from './classify-lines';
import { normalizeText } from './normalize';

const anyDigit = new RegExp(`[0-9${arabicDigitClass}]`, 'u');
const anyDigits = new RegExp(anyDigit.source, 'gu');

/** What every reading-order pass may consult. */
export interface PassContext {
  /** The words of the whole source except those of the given line, to tell real words from pieces. */
  vocabularyOutside(line: ClassifiedLine): Vocabulary;
  /** The piece-order search of a line that no rule has touched yet (undefined where it does not apply). */
  pieceReadings?(line: ClassifiedLine): LineReadings | undefined;
}

/** One named rule that moves characters of damaged lines into reading order. */
export interface ReadingOrderPass {
  /** Cited as madeBy.name in readingOrderChanges. */
  name: string;
  /** Returns the line in reading order, or the same line when the rule does not apply. */
  apply(line: ClassifiedLine, context: PassContext): ClassifiedLine;
}

/** The line with new text (and role), the change recorded under the pass's name; unchanged text records nothing. */
export function reorder(line: ClassifiedLine, passName: string, text: string, role: LineRole = line.role): ClassifiedLine {
  if (text === line.text) return { ...line, role };
  return { ...line, text, role, changes: [...line.changes, { kind: 'pass', name: passName }] };
}

/** The passes that claim a reading is the only one; a reviewed repair they contradict is an error. */
export const provingPasses = new Set(['swapped-halves', 'reversed-pieces']);

/** Rounds of the passes: each round reads the line breaks from the lines the round before put in order. */
const maxRounds = 4;

/**
 * Runs the passes in order over every line. Lines a reviewer repaired keep the repair, but the
 * passes also read them as extracted, and the result is kept beside the repair
 * (`passReading`) so the caller can tell a repair the passes now make from one they contradict.
 */
export function runReadingOrderPasses(
  lines: ClassifiedLine[],
  passes: readonly ReadingOrderPass[],
  lineWords = new LineWords(),
  /** The words of `lines`, if the caller has counted them already. */
  vocabularyOfLines?: Vocabulary,
  wordList: WordList = noWordList,
  /** Texts of the report's other lines whose words count as its words (a caller running part of a report). */
  moreReportText: readonly string[] = [],
  /** First words of the report's other units, by kind (a caller running part of a report). */
  moreOpeners: Partial<Record<keyof Openers, readonly string[]>> = {},
  /** Whether the whole report's lines end with white space as extraction writes them (src/ingest/line-end-space.ts; a caller running part of a report). */
  endSpaceHabit?: boolean,
): ClassifiedLine[] {
  const originalText = new Map(lines.map((line) => [line.lines[0]!, line.text]));
  // Built on first use when not given: only a few heading lines ever ask.
  let vocabulary = vocabularyOfLines;
  const vocabularyOutside = (line: ClassifiedLine) => {
    vocabulary ??= Vocabulary.ofKeys(keysOfLines(lines, lineWords));
    return vocabulary.without(originalText.get(line.lines[0]!) ?? '');
  };
  // Each repaired line as extracted, so the passes can read it too.
  const asExtracted = lines.map((line) => (line.repairId === undefined ? line : unrepaired(line)));
  const reading = new ReadingSetting(asExtracted, wordList, moreReportText, moreOpeners, endSpaceHabit);
  const searches = new Map<string, LineReadings | undefined>();

  let current = lines;
  let passReadings: (ClassifiedLine | undefined)[] = [];
  for (let round = 0; round < maxRounds; round++) {
    const settings = reading.settingsOf(current);
    const phrases = reading.phrasesIn(current);
    const context: PassContext = {
      vocabularyOutside,
      pieceReadings: (line) => {
        const index = reading.indexOf(line);
        if (index === undefined || !reading.inUnit[index]) return undefined;
        const setting = settings[index]!;
        // Keyed by everything the search reads, not by the line's place: a report that repeats a
        // line in the same setting (a longer report reusing a sentence, the benchmark's copies)
        // searches it once.
        const key = JSON.stringify([line.lines.length, line.changes.length, line.text, line.source, line.role, reading.judgeKeyOf(index), setting, phrases.signature]);
        if (!searches.has(key)) searches.set(key, readingsOfLine(line, setting, reading.openers, reading.judgeOf(index), phrases.book.without(line.text)));
        return searches.get(key);
      },
    };
    const run = (line: ClassifiedLine) => {
      const done = passes.reduce((changed, pass) => pass.apply(changed, context), line);
      // A line a later rule put in order is that rule's, not an undecided one.
      if (done.undecided === undefined || done.changes.length === 0) return done;
      const { undecided: _settled, ...rest } = done;
      return rest;
    };
    passReadings = asExtracted.map((line, index) => (lines[index]!.repairId === undefined ? undefined : run(line)));
    const next = lines.map((line, index) => (line.repairId === undefined ? run(line) : line));
    const settled = next.every((line, index) => line.text === current[index]!.text);
    current = next;
    if (settled && round > 0) break;
  }
  return current.map((line, index) => {
    const passReading = passReadings[index];
    if (passReading === undefined || passReading.changes.length === 0) return line;
    return { ...line, passReading: { text: passReading.text, madeBy: passReading.changes.map((change) => change.name) } };
  });
}

/** A repaired line as the source has it, classified afresh. */
export function unrepaired(line: ClassifiedLine): ClassifiedLine {
  const text = normalizeText(line.source);
  const { repairId: _repair, ...rest } = line;
  return classifyLines([{ ...rest, text, changes: [] }])[0]!;
}

/** Lines as the piece-order passes see them: their place in units, their words, the report's openers (exported for diagnostics that print a line's setting). */
export class ReadingSetting {
  /** True for lines of a unit's text (not headings, masthead or blank lines). */
  readonly inUnit: boolean[];
  readonly openers: Openers;
  private readonly opens: (LineSetting['opens'] | undefined)[];
  private readonly closes: boolean[];
  /** True for a line whose extracted order cannot be how it was printed (src/ingest/line-end-space.ts). */
  private readonly notAsExtracted: boolean[];
  private readonly previousInUnit: (number | undefined)[];
  private readonly nextInUnit: (number | undefined)[];
  private readonly byFirstLine = new Map<number, number>();
  private readonly reportWords: Vocabulary;
  private readonly counted: boolean[];
  /** For a counted line, the text its words were counted from (its own, or an earlier line with the same words). */
  private readonly countedText: (string | undefined)[];
  /** One judge per set of words it judges against: lines with the same words share one. */
  private readonly judges = new Map<string, WordJudge>();
  /** True for a word the word list knows only as a verb (src/ingest/verb-after-particle.ts). */
  private readonly isOnlyVerb: (printed: string) => boolean;

  constructor(
    private readonly lines: ClassifiedLine[],
    private readonly wordList: WordList,
    moreReportText: readonly string[],
    private readonly moreOpeners: Partial<Record<keyof Openers, readonly string[]>> = {},
    endSpaceHabit?: boolean,
  ) {
    const count = lines.length;
    this.isOnlyVerb = onlyVerbIn(wordList);
    this.inUnit = new Array<boolean>(count).fill(false);
    this.opens = new Array(count).fill(undefined);
    this.closes = new Array<boolean>(count).fill(false);
    this.previousInUnit = new Array(count).fill(undefined);
    this.nextInUnit = new Array(count).fill(undefined);
    lines.forEach((line, index) => this.byFirstLine.set(line.lines[0]!, index));

    let open = false;
    let previous: number | undefined;
    let afterHeading: 'recommendation' | undefined;
    lines.forEach((line, index) => {
      const kind = line.role.kind;
      if (kind === 'blank' || kind === 'barcode' || kind === 'job-number') return;
      if (kind === 'recommendation-heading') {
        if (previous !== undefined) this.closes[previous] = true;
        open = true;
        previous = undefined;
        afterHeading = 'recommendation';
        return;
      }
      if (kind === 'paragraph-start') {
        if (previous !== undefined) this.closes[previous] = true;
        open = true;
        this.inUnit[index] = true;
        this.opens[index] = 'paragraph';
        previous = index;
        afterHeading = undefined;
        return;
      }
      if (kind !== 'text') {
        if (previous !== undefined) this.closes[previous] = true;
        open = false;
        previous = undefined;
        afterHeading = undefined;
        return;
      }
      if (!open) return;
      this.inUnit[index] = true;
      if (afterHeading !== undefined) this.opens[index] = afterHeading;
      else if (previous !== undefined) {
        this.previousInUnit[index] = previous;
        this.nextInUnit[previous] = index;
      }
      afterHeading = undefined;
      previous = index;
    });
    if (previous !== undefined) this.closes[previous] = true;

    // The report's own words: those of lines that show no sign of a cut. Lines with the same
    // words (numbers aside) count once, and a line is judged without that one count: a copy of
    // a line holds the same pieces of words and is no evidence that they are words.
    this.counted = lines.map((line, index) => this.inUnit[index]! && showsNoCut(line));
    const firstWithWords = new Map<string, string>();
    this.countedText = lines.map((line, index) => {
      if (!this.counted[index]) return undefined;
      const words = line.text.replace(anyDigits, '');
      if (!firstWithWords.has(words)) firstWithWords.set(words, line.text);
      return firstWithWords.get(words);
    });
    this.reportWords = new Vocabulary([...firstWithWords.values(), ...moreReportText]);
    // The white space at a line's end, in a report whose lines show the extraction's habit.
    const ends = lines.map((line, index) => ({ line, closesUnit: this.closes[index]!, showsNoCut: this.inUnit[index]! && showsNoCut(line) }));
    const habitShown = endSpaceHabit ?? reportShowsEndSpace(ends.filter((_, index) => this.inUnit[index]));
    this.notAsExtracted = lines.map((line, index) => habitShown && this.inUnit[index]! && extractedOrderRuledOut(line, this.closes[index]!));
    this.openers = this.findOpeners();
    this.moreReportText = moreReportText;
  }

  private readonly moreReportText: readonly string[];

  /**
   * The word pairs of the report's lines in reading order (src/ingest/break-phrases.ts): a line
   * a pass or a reviewed repair put in order, or one that shows no cut and whose extracted order
   * is not ruled out; with a signature that changes when they do.
   */
  phrasesIn(current: ClassifiedLine[]): { book: PhraseBook; signature: string } {
    const texts = current.filter((line, index) => this.inUnit[index] && (line.repairId !== undefined || line.changes.length > 0 || (this.counted[index] && !this.notAsExtracted[index]))).map((line) => line.text);
    return { book: new PhraseBook([...texts, ...this.moreReportText]), signature: signatureOf(texts) };
  }

  indexOf(line: ClassifiedLine): number | undefined {
    return this.byFirstLine.get(line.lines[0]!);
  }

  /** Words judged against the report's words without the line's own. */
  judgeOf(index: number): WordJudge {
    const key = this.judgeKeyOf(index);
    let judge = this.judges.get(key);
    if (judge === undefined) {
      const counted = this.countedText[index];
      const words = counted === undefined ? this.reportWords : this.reportWords.without(counted);
      judge = new WordJudge(words, this.wordList);
      this.judges.set(key, judge);
    }
    return judge;
  }

  /** What `judgeOf` depends on: the counted text the line is judged without (none when the line is not counted). */
  judgeKeyOf(index: number): string {
    const counted = this.countedText[index];
    return counted === undefined ? '' : `without:${counted}`;
  }

  /** Each line's setting, the words across its breaks taken from `current` where those lines read as words. */
  settingsOf(current: ClassifiedLine[]): LineSetting[] {
    return current.map((_, index) => {
      const previous = this.previousInUnit[index];
      const next = this.nextInUnit[index];
      return {
        opens: this.opens[index],
        closesUnit: this.closes[index]!,
        previousWord: previous === undefined ? undefined : this.settledWord(current, previous, 'last'),
        nextWord: next === undefined ? undefined : this.settledWord(current, next, 'first'),
        previousText: previous === undefined ? undefined : this.settledText(current, previous),
        nextText: next === undefined ? undefined : this.settledText(current, next),
        ...(this.notAsExtracted[index] ? { notAsExtracted: true as const } : {}),
        breaks: {
          before: previous === undefined ? undefined : this.inOrderWord(current, previous, 'last'),
          after: next === undefined ? undefined : this.inOrderWord(current, next, 'first'),
        },
        isOnlyVerb: this.isOnlyVerb,
      };
    });
  }

  /** A neighbour's first or last word, when the neighbour reads as words and shows no cut left to make. */
  private settledWord(current: ClassifiedLine[], index: number, which: 'first' | 'last'): string | undefined {
    const words = this.settledText(current, index)?.split(' ');
    if (words === undefined) return undefined;
    return which === 'first' ? words[0] : words.at(-1);
  }

  /** A neighbour's first or last word for the pairs across a break: settled, and, as extracted, not ruled out (src/ingest/break-phrases.ts). */
  private inOrderWord(current: ClassifiedLine[], index: number, which: 'first' | 'last'): string | undefined {
    const line = current[index]!;
    if (line.repairId === undefined && line.changes.length === 0 && this.notAsExtracted[index]) return undefined;
    return this.settledWord(current, index, which);
  }

  /** A neighbour's text, when the neighbour reads as words and shows no cut left to make. */
  private settledText(current: ClassifiedLine[], index: number): string | undefined {
    const line = current[index]!;
    const settled = line.repairId !== undefined || line.changes.length > 0 || (showsNoCut(line) && line.text.split(' ').every((word) => this.judgeOf(index).isWord(word)));
    return settled ? line.text : undefined;
  }

  /**
   * The first words of units whose first line shows no damage, each kept only where it opens
   * units more than it stands inside sentences (src/ingest/distinctive-opener.ts).
   */
  private findOpeners(): Openers {
    const opened = { recommendation: new Map<string, number>(), paragraph: new Map<string, number>() };
    const add = (kind: keyof Openers, word: string) => opened[kind].set(letterKey(word), (opened[kind].get(letterKey(word)) ?? 0) + 1);
    for (const word of this.moreOpeners.recommendation ?? []) add('recommendation', word);
    for (const word of this.moreOpeners.paragraph ?? []) add('paragraph', word);
    this.lines.forEach((line, index) => {
      const opens = this.opens[index];
      if (opens === undefined) return;
      const toRead = tokensToRead(line);
      if (toRead === undefined || toRead.tokens.length === 0) return;
      const words = toRead.tokens.map((token) => token.text);
      const judge = this.judgeOf(index);
      if (!showsNoCut(line, toRead.tokens) || !words.every((word) => judge.isWord(word))) return;
      // A number inside the line leaves open which side comes first.
      if (toRead.numberAt !== undefined && toRead.numberAt !== 0 && toRead.numberAt !== toRead.tokens.length) return;
      add(opens, words[0]!);
    });
    // Every unit's first word, whichever kind it opens, is one of the word's occurrences that open a unit.
    const opensAny = (key: string) => (opened.recommendation.get(key) ?? 0) + (opened.paragraph.get(key) ?? 0);
    const distinctive = (counts: Map<string, number>) =>
      new Set([...counts.keys()].filter((key) => provesUnitStart(opensAny(key), this.reportWords.countKey(key))));
    return { recommendation: distinctive(opened.recommendation), paragraph: distinctive(opened.paragraph) };
  }
}

/**
 * No run of two spaces between words, no punctuation glued to a word and no word that starts or
 * ends with tatweel (where two pieces met), no lone letter or bare article.
 */
function showsNoCut(line: ClassifiedLine, tokens = tokensToRead(line)?.tokens): boolean {
  if (tokens === undefined) return false;
  return tokens.every((token, index) => (index === 0 || token.gapBefore < 2) && !isPiece(token.text) && !holdsGluedSeam(token.text) && !hasTatweelEdge(token));
}

function isPiece(word: string): boolean {
  const key = letterKey(word);
  return key !== '' && !anyDigit.test(word) && (isLoneLetter(word) || isBareArticleKey(key));
}

/**
 * A short key that changes when the texts do, for the search cache: the texts themselves would
 * put the whole report into every line's key. FNV-1a over the UTF-16 code units, in plain
 * arithmetic, because the ingest core imports nothing of Node (no node:crypto).
 */
function signatureOf(texts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const text of texts) for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193) >>> 0;
  return `${texts.length}:${hash}`;
}
