/**
 * The synthetic check of the piece-order passes: take the report's published lines, damage
 * one line at a time the way extraction damaged this report (the halves swapped at a random
 * point between words or inside a word, three pieces reversed, a paragraph number moved to
 * the end, a line cut in two whose numbers were written in visual order), run the general
 * passes, and count how many lines come back exactly as published, how many are refused, and
 * how many come back wrong (which must never happen). A fixed seed makes every run the same.
 * Stretched, the damaged line also carries the tatweel of a justified PDF line, drawn from a
 * second generator so that the lines and cuts stay those of the plain check: a run inside about
 * a third of the words, and at about half of the cuts inside a word on one side of the cut,
 * where extraction leaves it at a piece's edge (src/ingest/tatweel-edge.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { arabicDigitClass, tatweel } from '../../src/text/arabic/characters';
import type { ClassifiedLine } from '../../src/ingest/classified-line';
import { applyRepairs } from '../../src/ingest/passes/apply-repairs';
import { classifyLines, roleOf } from '../../src/ingest/passes/classify-lines';
import { readingOrderPasses } from '../../src/ingest/passes/index';
import { normalizeLines, normalizeText } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';
import { provingPasses, runReadingOrderPasses } from '../../src/ingest/passes/reading-order-pass';
import { parseRepairsFile } from '../../src/ingest/repairs-schema';
import type { WordList } from '../../src/ingest/word-list';
import { HunspellWordList, withArabicWordList } from '../word-list/hunspell';
import { SettledRuns } from './settled-runs';

const root = path.resolve(import.meta.dirname, '../..');

/** The kinds of damage the generator makes. */
// A new mechanism goes at the end: the trials of the earlier ones then stay exactly as they were.
export const mechanisms = ['halves-between-words', 'halves-inside-a-word', 'three-pieces-reversed', 'paragraph-number-last', 'numbers-in-visual-order', 'turned-with-run-reversed'] as const;
export type Mechanism = (typeof mechanisms)[number];

/** What became of the damaged lines of one kind. */
export interface Tally {
  lines: number;
  restored: number;
  refused: number;
  wrong: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same damage on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const paragraphStart = new RegExp(`^([${arabicDigitClass}]+)- (.*)$`, 'u');
/** A number inside a line: digits, with a range or a date's hyphen or slash («٩-١١»). */
const numberRun = new RegExp(`[${arabicDigitClass}0-9]+(?:[-/][${arabicDigitClass}0-9]+)*`, 'gu');

/** True when the line holds a number besides its paragraph number. */
export function holdsNumber(text: string): boolean {
  const body = paragraphStart.exec(text)?.[2] ?? text;
  return new RegExp(numberRun.source, 'u').test(body);
}

/**
 * Part of a line as extraction in visual order writes it: a number is a bidirectional run of
 * its own, so the runs of words and numbers come out last first (each run in reading order),
 * the number left of the words it follows and glued to them, the space before it going before
 * it (line 226: «في إطار البند ٣ من جدول الأعمال» as «من جدول الأعمال  ٣في إطار البند»).
 */
function inVisualOrder(random: () => number, text: string): string {
  const runs: { text: string; number: boolean }[] = [];
  let from = 0;
  for (const match of text.matchAll(numberRun)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), number: false });
    runs.push({ text: match[0], number: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), number: false });
  let line = '';
  let gluedNext = false;
  for (const run of runs.reverse()) {
    const written = run.text.trim();
    if (written === '') continue;
    if (line !== '') line += run.number ? pick(random, [' ', '  ']) : gluedNext ? '' : ' ';
    line += written;
    gluedNext = run.number;
  }
  return line;
}

const mark = /[\u064B-\u065F\u0670]/u;

/** The positions inside words where a cut leaves letters on both sides. */
function insideWordCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let index = 1; index < text.length; index++) {
    const before = text[index - 1]!;
    const after = text[index]!;
    if (before === ' ' || after === ' ' || mark.test(after)) continue;
    if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) cuts.push(index);
  }
  return cuts;
}

function spaceCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let index = 0; index < text.length; index++) if (text[index] === ' ') cuts.push(index);
  return cuts;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Pieces of a text cut at the given positions (a cut at a space drops the space). */
function cutAt(text: string, cuts: number[]): { piece: string; atSpace: boolean }[] {
  const pieces: { piece: string; atSpace: boolean }[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const atSpace = text[cut] === ' ';
    pieces.push({ piece: text.slice(from, cut), atSpace });
    from = atSpace ? cut + 1 : cut;
  }
  pieces.push({ piece: text.slice(from), atSpace: false });
  return pieces;
}

// Letters that join the letter after them, so a kashida may follow (not ا د ذ ر ز و ة ى ء or alef forms),
// and letters that join the one before them.
const joinsNext = /[بتثجحخسشصضطظعغفقكلمنهيئ]/u;
const joinsPrevious = /[\u0622-\u063A\u0641-\u064A]/u;
const trailingMarks = /[\u064B-\u065F\u0670]*$/u;

/**
 * The pieces stretched as a justified line is: one run of tatweel (2 to 6, the same in the
 * whole line) between two joined letters in about a third of the words, and at about half of
 * the cuts inside a word, at the end of the piece before the cut (before the letter's marks,
 * «شــــُ») or at the start of the piece after it («ــة»).
 */
function stretched(cut: { piece: string; atSpace: boolean }[], random: () => number): string[] {
  const run = tatweel.repeat(2 + Math.floor(random() * 5));
  const pieces = cut.map(({ piece }) =>
    piece
      .split(' ')
      .map((word) => {
        const places: number[] = [];
        for (let index = 1; index < word.length; index++) if (joinsNext.test(word[index - 1]!) && joinsPrevious.test(word[index]!)) places.push(index);
        if (places.length === 0 || random() >= 1 / 3) return word;
        const at = pick(random, places);
        return word.slice(0, at) + run + word.slice(at);
      })
      .join(' '),
  );
  cut.forEach(({ atSpace }, index) => {
    if (atSpace || index + 1 === cut.length) return;
    const before = pieces[index]!;
    const after = pieces[index + 1]!;
    const marksAt = before.search(trailingMarks);
    if (marksAt === 0 || !joinsNext.test(before[marksAt - 1]!) || !joinsPrevious.test(after[0] ?? '') || random() >= 1 / 2) return;
    if (random() < 1 / 2) pieces[index] = before.slice(0, marksAt) + run + before.slice(marksAt);
    else pieces[index + 1] = run + after;
  });
  return pieces;
}

/** The pieces written out last first, joined by what extraction leaves where pieces meet. */
function reversedWithSeams(random: () => number, pieces: string[]): string {
  return [...pieces].reverse().reduce((line, piece) => (line === '' ? piece : `${line}${pick(random, ['', ' ', '  '])}${piece}`), '');
}

/**
 * Damages one published line; undefined when the line is too short for the mechanism. With
 * `stretch`, a second generator, the pieces also carry tatweel (see `stretched`).
 */
export function damage(text: string, mechanism: Mechanism, random: () => number, stretch?: () => number): string | undefined {
  const pieces = (cut: { piece: string; atSpace: boolean }[]) => (stretch === undefined ? cut.map(({ piece }) => piece) : stretched(cut, stretch));
  switch (mechanism) {
    case 'halves-between-words': {
      const cuts = spaceCuts(text);
      if (cuts.length < 2) return undefined;
      const [first, second] = pieces(cutAt(text, [pick(random, cuts)]));
      return `${second}${pick(random, [' ', '  '])}${first}`;
    }
    case 'halves-inside-a-word': {
      const cuts = insideWordCuts(text);
      if (cuts.length === 0 || spaceCuts(text).length < 2) return undefined;
      const [first, second] = pieces(cutAt(text, [pick(random, cuts)]));
      return `${second}${pick(random, [' ', '  '])}${first}`;
    }
    case 'three-pieces-reversed': {
      const cuts = [...spaceCuts(text), ...insideWordCuts(text)];
      if (spaceCuts(text).length < 3) return undefined;
      const first = pick(random, cuts);
      const second = pick(random, cuts.filter((cut) => Math.abs(cut - first) > 1));
      if (second === undefined) return undefined;
      return reversedWithSeams(random, pieces(cutAt(text, [first, second])));
    }
    case 'paragraph-number-last': {
      const match = paragraphStart.exec(text);
      if (!match) return undefined;
      const [, digits, rest] = match;
      const cuts = spaceCuts(rest!);
      if (cuts.length < 2) return undefined;
      const [first, second] = pieces(cutAt(rest!, [pick(random, cuts)]));
      return `${second} ${first}  -${digits}`;
    }
    case 'turned-with-run-reversed': {
      // The line turned round (its last words, a space, its first words: a line cut in two),
      // and a run between its first and last words cut in two and written last piece first,
      // before or after the turn (lines 153, 240, 243): «Y X N2 N1» or «N2 N1 Y X» for the
      // line «X N1 N2 Y». The run's pieces were cut inside words, or, where the run starts
      // between two words, with both cuts shown as a run of spaces (line 240).
      const inside = insideWordCuts(text);
      if (spaceCuts(text).length < 3 || inside.length < 3) return undefined;
      const between = random() < 1 / 3;
      const start = between ? pick(random, spaceCuts(text)) : pick(random, inside);
      const middle = pick(random, inside.filter((cut) => cut > start + 1));
      if (middle === undefined) return undefined;
      const end = pick(random, inside.filter((cut) => cut > middle + 1));
      if (end === undefined) return undefined;
      const [first, run1, run2, last] = pieces(cutAt(text, [start, middle, end]));
      // Every seam of the three lines is white space (one space or two); none is glued.
      const seam = () => (between ? '  ' : pick(random, [' ', '  ']));
      const turn = `${last} ${first}`;
      const run = `${run2}${seam()}${run1}`;
      return random() < 1 / 2 ? `${turn}${seam()}${run}` : `${run}${seam()}${turn}`;
    }
    case 'numbers-in-visual-order': {
      // The line cut in two (between words or inside one), the halves swapped, and each half
      // written with its numbers in visual order; a paragraph number ends its half («-١٥»).
      if (!holdsNumber(text)) return undefined;
      const match = paragraphStart.exec(text);
      const body = match ? match[2]! : text;
      const cuts = [...spaceCuts(body), ...insideWordCuts(body)];
      if (cuts.length === 0) return undefined;
      const [first, second] = pieces(cutAt(body, [pick(random, cuts)]));
      const firstHalf = match ? `${inVisualOrder(random, first!)}  -${match[1]}` : inVisualOrder(random, first!);
      return `${inVisualOrder(random, second!)}${pick(random, [' ', '  '])}${firstHalf}`;
    }
  }
}

/** The report's lines as published: the real source through repairs and passes. */
export function publishedLines(wordList: WordList): ClassifiedLine[] {
  const source = readFileSync(path.join(root, 'content/source/V1909259-ar.txt'), 'utf8');
  const { repairs } = parseRepairsFile(readFileSync(path.join(root, 'content/repairs.json'), 'utf8'));
  const repaired = applyRepairs(readLines(source).lines, repairs);
  return runReadingOrderPasses(classifyLines(normalizeLines(repaired.lines)), readingOrderPasses, undefined, undefined, wordList);
}

/**
 * A line as if extraction had given it in reading order: nothing to repair, and ending with the
 * space before the next line, as every undamaged line of running text of the report does that
 * is not its unit's last (src/ingest/line-end-space.ts; a last line is not asked).
 */
function asClean(line: ClassifiedLine): ClassifiedLine {
  return { lines: line.lines, source: line.text, endsWithSpace: true, text: line.text, role: roleOf(line.text), changes: [] };
}

/** A line the passes put back wrong: what to look at to find the rule that let it through. */
export interface WrongRestoration {
  line: number;
  mechanism: Mechanism | NumberPlace;
  damaged: string;
  published: string;
  restored: string;
  madeBy: string[];
}

interface Trial {
  index: number;
  mechanism: Mechanism | NumberPlace;
  damaged: string;
}

/** The published lines, through `settled` when given (kept from the word list's earlier rounds). */
function publishedThrough(wordList: WordList, settled?: SettledRuns): ClassifiedLine[] {
  return settled === undefined ? publishedLines(wordList) : settled.run('published lines', undefined, publishedLines);
}

/**
 * Damages `perMechanism` lines of each kind (stretched with tatweel, if asked) and runs the passes on each;
 * `settled` keeps the runs that a later round of the word list would repeat unchanged.
 */
export function measureRestoration(seed: number, perMechanism: number, wordList: WordList, onWrong?: (wrong: WrongRestoration) => void, stretch = false, settled?: SettledRuns): Record<Mechanism, Tally> {
  const published = publishedThrough(wordList, settled);
  const random = seededRandom(seed);
  // The tatweel from a generator of its own: stretched or not, the same lines are cut at the same places.
  const stretchRandom = stretch ? seededRandom(seed ^ 0x0640) : undefined;
  const candidates = published.map((line, index) => ({ line, index })).filter(({ line }) => line.role.kind === 'text' || line.role.kind === 'paragraph-start');
  const trials: Trial[] = [];
  for (const mechanism of mechanisms) {
    let made = 0;
    // Numbers stand on few lines: that mechanism damages only those.
    const pool = mechanism === 'numbers-in-visual-order' ? candidates.filter(({ line }) => holdsNumber(line.text)) : candidates;
    for (let attempt = 0; made < perMechanism && attempt < perMechanism * 20; attempt++) {
      const { line, index } = pick(random, pool);
      const damaged = damage(line.text, mechanism, random, stretchRandom);
      if (damaged === undefined || normalizeText(damaged) === line.text) continue;
      trials.push({ index, mechanism, damaged });
      made++;
    }
  }
  return restoreTrials(published, trials, mechanisms, wordList, onWrong, settled);
}

/** Where a paragraph number came out inside its first line (src/ingest/paragraph-number-seam.ts). */
export const numberPlaces = ['number-at-the-seam', 'number-off-the-seam'] as const;
export type NumberPlace = (typeof numberPlaces)[number];

/**
 * A paragraph's first line cut in two (between words or inside one), the halves swapped, and
 * its number written inside the line: where the halves met, before the piece it leads
 * («الأساسية،   -٦ وفيما …», line 175), or anywhere else between two words, where the number's
 * place is no seam and a reading at it is wrong.
 */
export function damageNumberInside(text: string, place: NumberPlace, random: () => number): string | undefined {
  const match = paragraphStart.exec(text);
  if (!match) return undefined;
  const [, digits, rest] = match;
  const cuts = [...spaceCuts(rest!), ...insideWordCuts(rest!)];
  if (cuts.length === 0) return undefined;
  const [first, second] = cutAt(rest!, [pick(random, cuts)]).map(({ piece }) => piece);
  const swapped = `${second} ${first}`;
  if (place === 'number-at-the-seam') return `${second}   -${digits} ${first}`;
  const spaces = spaceCuts(swapped).filter((at) => at !== second!.length);
  if (spaces.length === 0) return undefined;
  const at = pick(random, spaces);
  return `${swapped.slice(0, at)}   -${digits} ${swapped.slice(at + 1)}`;
}

/** Damages `perPlace` paragraph first lines with their number inside the line, each way, and runs the passes on each. */
export function measureNumberInside(seed: number, perPlace: number, wordList: WordList, onWrong?: (wrong: WrongRestoration) => void, settled?: SettledRuns): Record<NumberPlace, Tally> {
  const published = publishedThrough(wordList, settled);
  const random = seededRandom(seed);
  const pool = published.map((line, index) => ({ line, index })).filter(({ line }) => line.role.kind === 'paragraph-start');
  const trials: Trial[] = [];
  for (const place of numberPlaces) {
    let made = 0;
    for (let attempt = 0; made < perPlace && attempt < perPlace * 20; attempt++) {
      const { line, index } = pick(random, pool);
      const damaged = damageNumberInside(line.text, place, random);
      if (damaged === undefined) continue;
      trials.push({ index, mechanism: place, damaged });
      made++;
    }
  }
  return restoreTrials(published, trials, numberPlaces, wordList, onWrong, settled);
}

/** Runs the passes on each damaged line, in its unit, and counts what became of it. */
function restoreTrials<Kind extends string>(
  published: ClassifiedLine[],
  trials: readonly Trial[],
  kinds: readonly Kind[],
  wordList: WordList,
  onWrong?: (wrong: WrongRestoration) => void,
  settled?: SettledRuns,
): Record<Kind, Tally> {
  const clean = published.map(asClean);
  const tallies = Object.fromEntries(kinds.map((kind) => [kind, { lines: 0, restored: 0, refused: 0, wrong: 0 }])) as Record<Kind, Tally>;
  // Each trial runs the passes on the damaged line's unit (with its heading), the words of
  // every other undamaged line counting as the report's words, as they do in a whole run.
  const unitOf = (index: number) => {
    let start = index;
    while (start > 0 && !['recommendation-heading', 'paragraph-start'].includes(clean[start]!.role.kind)) start--;
    let end = index + 1;
    // The unit runs on past blank lines (the source has them between some lines of a unit).
    while (end < clean.length && ['text', 'blank'].includes(clean[end]!.role.kind)) end++;
    return { start, end: Math.min(clean.length, end + 1) };
  };
  // What a trial reads of the published lines: their numbers and texts (the same in the later rounds of the word list).
  const publishedInput = settled === undefined ? '' : clean.map((line) => `${line.lines.join(',')}\t${line.text}`).join('\n');
  for (const { index, mechanism, damaged } of trials) {
    const { start, end } = unitOf(index);
    const window = clean.slice(start, end);
    const text = normalizeText(damaged);
    window[index - start] = { lines: clean[index]!.lines, source: damaged, text, role: roleOf(text), changes: [] };
    const others = clean.filter((_, other) => other < start || other >= end).map((line) => line.text);
    // The line-end habit is the whole report's: a unit on its own has too few lines to show it.
    const restore = (words: WordList) => runReadingOrderPasses(window, readingOrderPasses, undefined, undefined, words, others, openersOutside(clean, start, end), true)[index - start]!;
    // The trial's whole input is the published lines and its damaged line.
    const result = settled === undefined ? restore(wordList) : settled.run(`${index} ${mechanism} ${damaged}`, publishedInput, restore);
    const tally = tallies[mechanism as Kind];
    tally.lines++;
    if (result.text === published[index]!.text) tally.restored++;
    else if (result.changes.some((change) => provingPasses.has(change.name))) {
      tally.wrong++;
      onWrong?.({ line: clean[index]!.lines[0]!, mechanism, damaged, published: published[index]!.text, restored: result.text, madeBy: result.changes.map((change) => change.name) });
    } else tally.refused++;
  }
  return tallies;
}

/**
 * The first words of the units outside [start, end), by kind: in a whole run the passes learn
 * which words open a unit from the report's undamaged first lines, and a unit on its own has
 * none but the damaged one.
 */
function openersOutside(clean: readonly ClassifiedLine[], start: number, end: number): { recommendation: string[]; paragraph: string[] } {
  const openers = { recommendation: [] as string[], paragraph: [] as string[] };
  clean.forEach((line, index) => {
    if (index >= start && index < end) return;
    if (line.role.kind === 'paragraph-start') {
      const match = paragraphStart.exec(line.text);
      if (match) openers.paragraph.push(match[2]!.split(' ')[0]!);
    }
    if (line.role.kind === 'recommendation-heading') {
      const first = clean.slice(index + 1).find((next) => next.role.kind !== 'blank');
      if (first?.role.kind === 'text') openers.recommendation.push(first.text.split(' ')[0]!);
    }
  });
  return openers;
}

/** The measurement with the Arabic word list, looked up until the passes ask nothing new. */
export async function measureWithWordList(seed: number, perMechanism: number, onWrong?: (wrong: WrongRestoration) => void, stretch = false): Promise<Record<Mechanism, Tally>> {
  const wordList = new HunspellWordList();
  const settled = new SettledRuns(wordList);
  const wrong: WrongRestoration[] = [];
  const tallies = await withArabicWordList((words) => {
    // Only the last run's lines count: the runs before it had words the list had not answered yet.
    wrong.length = 0;
    return measureRestoration(seed, perMechanism, words, (line) => wrong.push(line), stretch, settled);
  }, wordList);
  if (onWrong !== undefined) for (const line of wrong) onWrong(line);
  return tallies;
}

/** The figures as a Markdown table, as docs/reading-order.md prints them. */
export function figuresTable(tallies: Record<Mechanism, Tally>): string {
  const rows = mechanisms.map((mechanism) => {
    const { lines, restored, refused, wrong } = tallies[mechanism];
    return `| ${mechanism} | ${lines} | ${restored} | ${refused} | ${wrong} |`;
  });
  const total = mechanisms.reduce((sum, mechanism) => ({
    lines: sum.lines + tallies[mechanism].lines,
    restored: sum.restored + tallies[mechanism].restored,
    refused: sum.refused + tallies[mechanism].refused,
    wrong: sum.wrong + tallies[mechanism].wrong,
  }), { lines: 0, restored: 0, refused: 0, wrong: 0 });
  return ['| damage | lines | restored | refused | wrong |', '| --- | ---: | ---: | ---: | ---: |', ...rows, `| all | ${total.lines} | ${total.restored} | ${total.refused} | ${total.wrong} |`].join('\n');
}

/** `measureNumberInside` with the Arabic word list, looked up until the passes ask nothing new. */
export async function measureNumberInsideWithWordList(seed: number, perPlace: number, onWrong?: (wrong: WrongRestoration) => void): Promise<Record<NumberPlace, Tally>> {
  const wordList = new HunspellWordList();
  const settled = new SettledRuns(wordList);
  const wrong: WrongRestoration[] = [];
  const tallies = await withArabicWordList((words) => {
    wrong.length = 0;
    return measureNumberInside(seed, perPlace, words, (line) => wrong.push(line), settled);
  }, wordList);
  if (onWrong !== undefined) for (const line of wrong) onWrong(line);
  return tallies;
}
