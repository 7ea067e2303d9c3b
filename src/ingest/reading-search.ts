/**
 * The search behind the piece-order passes. Extraction cut a printed line into pieces and
 * wrote them out in reversed order (each piece in its own reading order); the pieces were cut
 * between words, at the article, or inside a word. Two pieces reversed is a line cut in two
 * with its halves swapped.
 *
 * Given the extracted line, the search lists every reading that reverses the order of some
 * pieces of it and keeps exactly its characters: the pieces are runs of the extracted text,
 * each join between two pieces is a space or no space (a word cut in two is glued back), and
 * every word of the reading must be a word. It looks for the fewest pieces first and stops at
 * the first number of pieces that gives a reading the caller accepts: a reading that needs
 * more cuts than another is not evidence of anything.
 *
 * Where the extraction shows a cut, the reading must cut there: a run of two or more spaces
 * between words is where two pieces met (the report has no such run inside a piece), and so is
 * sentence punctuation glued to the next word, a Latin letter glued to an Arabic one, or digits
 * glued before a letter (src/ingest/glued-seam.ts); and a number glued so is a piece of its own;
 * and a space beside a word that starts or ends with tatweel, which the reading also glues to
 * its neighbour (src/ingest/tatweel-edge.ts).
 */
import { arabicDigitClass, arabicLetterClass, diacriticClass, tatweel } from '../text/arabic/characters';
import { mayGlueThirdPiece } from './glued-report-word';
import { numberInVisualOrder } from './glued-digit-seam';
import { isGluedSeam } from './glued-seam';
import { closesQuotation, opensQuotation } from './quotation-marks';
import { weakFirstWordStands } from './reading-start-word';
import { weakWordAfterShownJoin } from './shown-cuts-join';
import { tatweelAtCut, withoutTatweel } from './tatweel-edge';
import { reportWordsCut } from './weak-run-cuts';

/** A word of the extracted line with the white space the source had before it. */
export interface SourceToken {
  text: string;
  /** Characters of white space before the word in the source (0 for the first word). */
  gapBefore: number;
  /** Where tatweel stood in the source word (positions in `text`; src/ingest/tatweel-edge.ts). */
  tatweelAt: readonly number[];
}

/**
 * The source line's words and the white space between them, tatweel removed (a word of tatweel
 * alone leaves only its white space), with where the tatweel stood.
 */
export function tokensOfSource(source: string): SourceToken[] {
  const tokens: SourceToken[] = [];
  const pattern = /(\s*)(\S+)/gu;
  let gap = 0;
  for (const match of source.matchAll(pattern)) {
    const { text, tatweelAt } = withoutTatweel(match[2]!);
    gap += match[1]!.length;
    if (text === '') continue;
    tokens.push({ text, gapBefore: tokens.length === 0 ? 0 : gap, tatweelAt });
    gap = 0;
  }
  return tokens;
}

/** How two neighbouring runs of the extracted line were joined. */
interface Boundary {
  /** "space" between two words; "glue" inside one (a cut there parts a word). */
  kind: 'space' | 'glue';
  /** The source shows a cut here (two or more spaces, or punctuation glued to a word): every reading cuts here. */
  mustCut: boolean;
  /** A paragraph number stood here: without a cut, the two sides may also be one word. */
  mayGlue: boolean;
  /** Tatweel stood here inside a source word: where a reading cuts here, it glues one side back to a neighbour. */
  tatweelInside?: boolean;
}

/** A run of the extracted line that a reading never cuts. */
export interface Atom {
  text: string;
  /** How this atom is joined to the one before it (undefined for the first). */
  before?: Boundary;
  /** Its source word started with tatweel: the reading glues it to the word before it. */
  tatweelStart?: boolean;
  /** Its source word ended with tatweel: the reading glues it to the word after it. */
  tatweelEnd?: boolean;
}

/** What the search needs to know about words and readings. */
export interface SearchRules {
  /**
   * 2 for a sure word, 1 for a weak one (only the word list knows it, and it stands as
   * extracted: it may be a piece of a word), 0 for no word; `made` when a reading glued it.
   */
  strength(word: string, made: boolean): 0 | 1 | 2;
  /** True when a whole reading, as words, reads on from the previous line and into the next. */
  accepts(words: readonly string[]): boolean;
  /**
   * True for a word that is no word by `strength` but counts as a weak one where it stands
   * between two words of its own piece, the reading cutting on neither side of it
   * (src/ingest/inner-two-letter-word.ts).
   */
  innerWord?(word: string): boolean;
  /** The most pieces to try. */
  maxPieces: number;
  /** The fewest pieces to try (1 unless given). */
  minPieces?: number;
  /** True when the line before ends with a whole word (its punctuation shows it): the reading's first word starts a word. */
  startIsWhole?: boolean;
  /** Every accepted reading with the fewest pieces, whatever its weak words (src/ingest/break-phrases.ts). */
  everyReading?: boolean;
}

/** The outcome of a search. */
export interface SearchResult {
  /** The pieces of the chosen readings (0 when no reading was accepted). */
  pieces: number;
  /**
   * The distinct accepted readings that leave the fewest weak words, and of those need the
   * fewest pieces: one is a proposal, more are a refusal.
   */
  readings: string[];
  /** True when the search gave up before it had looked at every reading (the line is refused). */
  exhausted: boolean;
  /** True when it stopped listing readings at its limit: more may pass than it lists. */
  limited?: boolean;
}

const readingLimit = 16;
/** How many pieces past the fewest that read the search still tries. */
const extraPieces = 2;
/** Steps one line may take; far more than any line of a real report needs. */
const stepBudget = 40_000;

// A letter with its marks, tatweel included (ingest removes it before these passes run).
const letterOrMark = new RegExp(`[${arabicLetterClass}${tatweel}${diacriticClass}]`, 'u');
const digit = new RegExp(`[${arabicDigitClass}0-9]`, 'u');

/** Which kind of character: a run of one kind is never cut unless it is not a word. */
function classOf(character: string): 'letter' | 'digit' | 'latin' | 'mark' {
  if (letterOrMark.test(character)) return 'letter';
  if (digit.test(character)) return 'digit';
  if (/[A-Za-z]/u.test(character)) return 'latin';
  return 'mark';
}

const diacritic = new RegExp(`[${diacriticClass}]`, 'u');

/** True when a word may part between these two characters. */
function partsBefore(previous: string, next: string): boolean {
  if (diacritic.test(next)) return false;
  const before = classOf(previous);
  const after = classOf(next);
  if (before === after) return false;
  return before !== 'mark' ? after !== 'mark' : true;
}

/**
 * Cuts the extracted words into atoms: a word parts where letters meet punctuation, digits or
 * Latin, and an Arabic run that is not a word parts where one side of the cut is a word
 * ("تِّج|قدراتها"), again inside what is left ("ا|والتكنولوجي|ينبغي").
 */
export function atomsOf(
  tokens: readonly SourceToken[],
  isWord: (word: string) => boolean,
  flexibleBefore = new Set<number>(),
  /**
   * How a word only the list knows is cut (src/ingest/weak-run-cuts.ts): where it is two
   * report words glued (the default when `isSure` is given), or anywhere a run that is no
   * word would be (`anywhere`, for the search of rival readings).
   */
  weakRuns?: { isSure: (word: string) => boolean; anywhere?: boolean },
): Atom[] {
  const atoms: Atom[] = [];
  tokens.forEach((token, index) => {
    const runs: string[] = [];
    for (const character of token.text) {
      const last = runs.at(-1);
      // A word parts after punctuation glued to what follows (".ينبغي", "،بتوظيفهم"), and
      // between letters and digits or Latin; never before its own closing punctuation.
      if (last !== undefined && !partsBefore(last.at(-1)!, character)) runs[runs.length - 1] = last + character;
      else runs.push(character);
    }
    const pieces = runs.flatMap((run) => (classOf(run[0]!) === 'letter' ? wordCuts(run, isWord, 3, weakRuns) : [run]));
    // A number glued before a word was written in visual order, a piece of its own: the words
    // before it in the source follow it in reading order (src/ingest/glued-digit-seam.ts).
    const standsAlone = pieces.length > 1 && numberInVisualOrder(pieces[0]!, pieces[1]!);
    let from = 0;
    pieces.forEach((piece, pieceIndex) => {
      const tatweelBefore = tatweelAtCut(token, from);
      from += piece.length;
      const tatweelStart = pieceIndex === 0 && tatweelBefore;
      const tatweelEnd = pieceIndex === pieces.length - 1 && tatweelAtCut(token, from);
      // A space beside a word that starts or ends with tatweel is where pieces met (src/ingest/tatweel-edge.ts).
      const tatweelSeam = tatweelStart || atoms.at(-1)?.tatweelEnd === true;
      const before: Boundary | undefined =
        atoms.length === 0
          ? undefined
          : pieceIndex === 0
            ? { kind: 'space', mustCut: ((token.gapBefore >= 2 || tatweelSeam) && !flexibleBefore.has(index)) || standsAlone, mayGlue: flexibleBefore.has(index) && !standsAlone }
            : { kind: 'glue', mustCut: isGluedSeam(pieces[pieceIndex - 1]!, piece), mayGlue: false, ...(tatweelBefore ? { tatweelInside: true } : {}) };
      atoms.push({ text: piece, before, ...(tatweelStart ? { tatweelStart } : {}), ...(tatweelEnd ? { tatweelEnd } : {}) });
    });
  });
  return atoms;
}

/**
 * A run that is not a word, cut where both sides are words ("الإدارة|الجنساني"), before the
 * longest word that ends it and after the longest word that starts it ("تِّج|قدراتها"), and
 * so again inside what is left ("ا|والتكنولوجي|ينبغي").
 */
function wordCuts(run: string, isWord: (word: string) => boolean, depth: number, weakRuns?: { isSure: (word: string) => boolean; anywhere?: boolean }): string[] {
  if (depth === 0) return [run];
  if (isWord(run)) {
    if (weakRuns === undefined || weakRuns.isSure(run)) return [run];
    if (!weakRuns.anywhere) {
      // A word only the list knows that is two report words glued («أو» + «نظر»: «أونظر»).
      const cut = reportWordsCut(run, weakRuns.isSure);
      return cut === undefined ? [run] : [run.slice(0, cut), run.slice(cut)];
    }
  }
  const positions: number[] = [];
  for (let cut = 1; cut < run.length; cut++) if (!diacritic.test(run[cut]!)) positions.push(cut);
  const endWord = positions.find((cut) => isWord(run.slice(cut)));
  const startWord = positions.findLast((cut) => isWord(run.slice(0, cut)));
  const bothWords = positions.filter((cut) => isWord(run.slice(0, cut)) && isWord(run.slice(cut)));
  const cuts = [...new Set([...bothWords, startWord, endWord].filter((cut): cut is number => cut !== undefined))].sort((x, y) => x - y);
  if (cuts.length === 0) return [run];
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...cuts, run.length]) {
    pieces.push(...wordCuts(run.slice(from, cut), isWord, depth - 1, weakRuns));
    from = cut;
  }
  return pieces;
}

/** The words of atoms [start, end), each variant for a paragraph number's place (glued or not). */
export function pieceWords(atoms: readonly Atom[], start: number, end: number): string[][] {
  let variants: string[][] = [[atoms[start]!.text]];
  for (let index = start + 1; index < end; index++) {
    const atom = atoms[index]!;
    const boundary = atom.before!;
    const next: string[][] = [];
    // A word that started or ended with tatweel stays glued to its neighbour where a paragraph number stood between them.
    const tatweelSeam = atom.tatweelStart === true || atoms[index - 1]!.tatweelEnd === true;
    for (const words of variants) {
      if (boundary.kind === 'glue' || boundary.mayGlue) next.push([...words.slice(0, -1), words.at(-1)! + atom.text]);
      if (boundary.kind === 'space' && !tatweelSeam) next.push([...words, atom.text]);
    }
    variants = next;
  }
  return variants;
}

/** A word that ends with a full stop, comma, colon or closing mark (a quotation mark after a letter closes one): nothing of it follows. */
export const closesWord = (word: string) => /[.،,:؛!?»)\]]$/u.test(word) || closesQuotation(word);
/** A word that starts with an opening mark (a quotation mark before a letter opens one): nothing of it comes before. */
const opensWord = (word: string) => /^[«(\[]/u.test(word) || opensQuotation(word);

/** Lists the readings of a line, fewest pieces first (see the module comment). */
export function searchReadings(atoms: readonly Atom[], rules: SearchRules): SearchResult {
  const count = atoms.length;
  if (count === 0) return { pieces: 0, readings: [], exhausted: false };
  // The last boundary before each atom index that every reading must cut at.
  const lastMustCut: number[] = new Array<number>(count + 1).fill(0);
  for (let index = 1; index <= count; index++) {
    lastMustCut[index] = lastMustCut[index - 1]!;
    if (index < count && atoms[index]!.before?.mustCut) lastMustCut[index] = index;
  }
  const mustCuts = atoms.filter((atom) => atom.before?.mustCut).length;
  const strength = (word: string, made: boolean) => rules.strength(word, made);
  const innerStrength = (word: string) => {
    const standing = strength(word, false);
    return standing === 0 && rules.innerWord?.(word) === true ? 1 : standing;
  };
  // The words of a piece depend only on where it starts and ends: counted once per search.
  const wordsOfPiece = new Map<number, string[][]>();
  const piece = (start: number, end: number) => {
    const key = start * (count + 1) + end;
    let words = wordsOfPiece.get(key);
    if (words === undefined) {
      words = pieceWords(atoms, start, end);
      wordsOfPiece.set(key, words);
    }
    return words;
  };
  let steps = 0;
  let exhausted = false;
  let limited = false;
  /** Every accepted reading found, with its number of pieces and of weak words. */
  const found = new Map<string, { pieces: number; weak: number }>();
  let fewestPieces = 0;

  for (let pieces = Math.max(rules.minPieces ?? 1, mustCuts + 1); pieces <= rules.maxPieces; pieces++) {
    // Look a little past the fewest pieces that read, in case more pieces leave fewer weak words.
    if (fewestPieces > 0 && pieces > fewestPieces + extraPieces) break;
    let foundNow = 0;
    /**
     * Reading so far: closed words, the open last word (a glue may still extend it), weak words;
     * whether the open word stands at a cut, and whether the source shows a cut right after it.
     * `openMustGlue`: the open word's last piece ended with tatweel, so the next piece's first
     * word is glued to it; `lastMustGlue`: so must the last atom of the next piece be glued to
     * what follows it (the tatweel at the cut after it was its own: src/ingest/tatweel-edge.ts).
     */
    const extend = (end: number, left: number, closed: string[], open: string | undefined, openMade: boolean, weak: number, openAtCut = false, openShown = false, openMustGlue = false, lastMustGlue = false): void => {
      if (exhausted) return;
      if (foundNow > readingLimit) {
        limited = true;
        return;
      }
      if (++steps > stepBudget) {
        exhausted = true;
        return;
      }
      if (end === 0) {
        if (left !== 0 || open === undefined || openMustGlue) return;
        const last = strength(open, openMade);
        if (last === 0 || (last === 1 && openAtCut && !openMade)) return;
        const words = [...closed, open];
        if (!rules.accepts(words)) return;
        const reading = words.join(' ');
        const weakNow = weak + (last === 1 ? 1 : 0);
        const before = found.get(reading);
        if (before === undefined) foundNow++;
        if (before === undefined || weakNow < before.weak) found.set(reading, { pieces, weak: weakNow });
        return;
      }
      if (left === 0) return;
      // This piece is atoms [start, end); it may not hold a boundary the source shows as a cut.
      const lowest = left === 1 ? 0 : lastMustCut[end - 1]!;
      const highest = left === 1 ? 0 : end - 1;
      if (left === 1 && lastMustCut[end - 1]! > 0) return;
      // The piece's last word ends where its source word ended with tatweel: glued to the next piece's first.
      const endMustGlue = lastMustGlue || atoms[end - 1]!.tatweelEnd === true;
      for (let start = highest; start >= lowest; start--) {
        // The piece's first word starts where its source word started with tatweel: glued to the word before it.
        const startMustGlue = atoms[start]!.tatweelStart === true;
        if (open === undefined && startMustGlue) continue;
        const tatweelGlue = open !== undefined && (openMustGlue || startMustGlue);
        for (const words of piece(start, end)) {
          let weakNow = weak;
          let innerOk = true;
          for (let index = 1; index < words.length - 1; index++) {
            const inner = innerStrength(words[index]!);
            if (inner === 0) {
              innerOk = false;
              break;
            }
            if (inner === 1) weakNow++;
          }
          if (!innerOk) continue;
          // Two words stay two words; a piece of a word is glued to its neighbour. A weak word
          // may not stand where extraction cut the line: it may be a piece a word list lists.
          // Where punctuation shows where a word starts or ends, the word is whole on that side,
          // and it is whole on the other side when a space inside its piece stands there: a word
          // that closes with a mark and is not the first of its piece («الموجودة لديها.ينبغي»),
          // or opens with one and is not the last, is no piece of a word. Alone in its piece it
          // is whole only where the source shows the cut as a run of spaces.
          // So is the reading's first word after a shown cut when the line before ends its last
          // word with punctuation: nothing of the word stands before it, in this line or that one.
          // In a line cut in two, the reading's first and last words are the printed line's, and
          // a printed line neither starts nor ends inside a word: there they are whole. (In three
          // pieces or more a reading that only a weak word at its edge lets through is not taken,
          // unless a space follows its first word inside its piece: see below.)
          // In three pieces or more the extracted line's first word also begins a piece that
          // follows another in the reading: it stands where pieces met, as any piece's first word.
          const shownBefore = start > 0 && atoms[start]!.before!.mustCut;
          const firstAtCut = !(pieces === 2 && open === undefined) && (start > 0 || (pieces >= 3 && open !== undefined)) && !((opensWord(words[0]!) && (words.length > 1 || shownBefore)) || (shownBefore && open === undefined && rules.startIsWhole === true));
          const joins: { closed: string[]; first: string; made: boolean; weak: number }[] = [];
          const firstStanding = strength(words[0]!, false);
          if (open === undefined) {
            // A weak word may start the reading where a space inside its piece shows where it
            // ends: the printed line's start shows where it starts (src/ingest/reading-start-word.ts).
            if (!(firstStanding === 1 && firstAtCut) || weakFirstWordStands(words.length)) joins.push({ closed, first: words[0]!, made: false, weak: weakNow });
          } else if (tatweelGlue) {
            // Tatweel shows the two are one word: glued whatever pieces made the open word, and
            // weighed as any glued word (src/ingest/tatweel-edge.ts).
            if (strength(open + words[0]!, true) > 0) joins.push({ closed, first: open + words[0]!, made: true, weak: weakNow });
          } else {
            const openStrength = strength(open, openMade);
            // A weak word may open a piece after a report word where the source shows both cuts (src/ingest/shown-cuts-join.ts).
            const firstStands = !(firstStanding === 1 && firstAtCut) || weakWordAfterShownJoin({ beforeStrength: openStrength, beforeShown: openShown, afterShown: shownBefore, wordsInItsPiece: words.length });
            const openStands = !(openStrength === 1 && openAtCut && !openMade) && firstStands;
            // The conjunction alone between two numbers in visual order («٣و ٢»: «٢ و٣») is a
            // piece that only the number after it in reading makes a word: it stays open for it.
            const loneConjunction = words.length === 1 && words[0] === 'و';
            if (openStrength > 0 && (firstStanding > 0 || loneConjunction) && openStands) {
              joins.push({ closed: [...closed, open], first: words[0]!, made: false, weak: weakNow + (openStrength === 1 ? 1 : 0) });
            }
            // Glue a piece that is no word; two weak words may also be one word's two halves, and
            // where a line cut in two met itself, so may a weak word and the word beside it when
            // the two make a report word ("المسا" + "عدة": "المساعدة"). In three pieces or more
            // every join is such a cut, and the two may make a word the list knows ("مجت" + "مع"),
            // which the search then weighs as weak.
            const bothWeak = openStrength === 1 && firstStanding === 1;
            const halves = (openStrength === 1 || firstStanding === 1) && strength(open + words[0]!, true) >= (pieces === 2 ? 2 : 1);
            // A report word does not take a glued piece into a word only the list knows: the list
            // takes almost any letters after a word («أجل» + «ول»: «أجلول», «هو» + «ية»: «هوية»).
            const sureSideWeakWord = Math.max(openStrength, firstStanding) === 2 && strength(open + words[0]!, true) === 1;
            // A word is glued from two pieces, never three: a lone piece of a word glued on both
            // sides lets the list make a word of almost anything («وُض» + «عض» + «عت»: «وُضعضعت»);
            // unless the word it makes is a report word (src/ingest/glued-report-word.ts: «بالا» +
            // «تِّج» + «ار»: «بالاتِّجار»).
            if ((openStrength === 0 || firstStanding === 0 || bothWeak || halves) && !sureSideWeakWord && (!openMade || mayGlueThirdPiece(strength(open + words[0]!, true)))) {
              joins.push({ closed, first: open + words[0]!, made: true, weak: weakNow });
            }
          }
          const lastAtCut = !(pieces === 2 && left === 1) && end < count && !(closesWord(words.at(-1)!) && (words.length > 1 || atoms[end]!.before!.mustCut));
          const lastShown = end < count && atoms[end]!.before!.mustCut;
          for (const join of joins) {
            // A tatweel inside a source word where this piece starts: if this side is not glued
            // back, the other side is, to what follows it in the reading.
            const nextLastMustGlue = start > 0 && atoms[start]!.before!.tatweelInside === true && !join.made;
            if (words.length === 1) {
              extend(start, left - 1, join.closed, join.first, join.made, join.weak, lastAtCut || (join.made ? false : firstAtCut), lastShown, endMustGlue, nextLastMustGlue);
              continue;
            }
            const firstStrength = strength(join.first, join.made);
            if (firstStrength === 0) continue;
            extend(start, left - 1, [...join.closed, join.first, ...words.slice(1, -1)], words.at(-1)!, false, join.weak + (firstStrength === 1 ? 1 : 0), lastAtCut, lastShown, endMustGlue, nextLastMustGlue);
          }
        }
      }
    };
    extend(count, pieces, [], undefined, false, 0);
    if (exhausted) return { pieces: 0, readings: [], exhausted: true };
    if (foundNow > 0 && fewestPieces === 0) fewestPieces = pieces;
  }
  if (found.size === 0) return { pieces: 0, readings: [], exhausted: false };
  if (rules.everyReading === true) {
    const fewest = Math.min(...[...found.values()].map((found) => found.pieces));
    return { pieces: fewest, readings: [...found].filter(([, found]) => found.pieces === fewest).map(([reading]) => reading), exhausted: false, limited: limited || found.size > readingLimit };
  }
  // The readings that leave the fewest weak words, and of those the ones with the fewest pieces.
  const all = [...found];
  const leastWeak = Math.min(...all.map(([, { weak }]) => weak));
  const strongest = all.filter(([, { weak }]) => weak === leastWeak);
  const pieces = Math.min(...strongest.map(([, found]) => found.pieces));
  const readings = strongest.filter(([, found]) => found.pieces === pieces).map(([reading]) => reading);
  return { pieces, readings: readings.slice(0, readingLimit), exhausted: false };
}
