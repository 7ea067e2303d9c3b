/**
 * A line turned round with a run of pieces reversed inside it. Extraction also writes a printed
 * line «X N Y» as its last words, a space, its first words («Y X», as a line cut in two) with
 * the run «N» between them cut into pieces and written last piece first, before or after the
 * turn: «Y X N₂ N₁» (lines 153 and 240) or «N₂ N₁ Y X» (line 243). Line 240 of this report:
 * «ـا والمغرب، … مكَّن من | الدولي | ـتركة، … النمس | والثنائي … المش», read «الدولي |
 * والثنائي … المش | ـتركة، … النمس | ـا والمغرب، … مكَّن من». No reversal of pieces of the
 * extracted line gives that reading (its first piece stays first and its last stays last), so
 * the search of reversed pieces never proposes it, and where it finds one reading that reads
 * on, the true reading of such a line may be another: the synthetic check put lines back wrong
 * so (seed 1, line 188: «مكتب في تقديم هذا العدَّة متكلمين بدور التدريب.»). True of any text extracted this way: the passes do not choose a reading of
 * reversed pieces where a reading of this shape also makes words and reads on.
 *
 * In the three lines the pieces of the run met inside words (the reading glues them) or where
 * the source shows the cut on both sides (a run of spaces, tatweel at a piece's edge), and so
 * the rival must: pieces cut between words at single spaces would make a rival of any shuffle
 * of words, which no rule here tells from the text. Its words are judged by the plain rules
 * (every word a word, tatweel at a piece's edge glued to its neighbour, the shown cuts kept,
 * reading on): looser rules there only make the pass refuse more, never choose.
 */
import { pieceWords, type Atom } from './reading-search';

/** Configurations one line may take; far more than a real line needs. */
const stepBudget = 200_000;

interface Rules {
  strength(word: string, made: boolean): 0 | 1 | 2;
  accepts(words: readonly string[]): boolean;
}

/**
 * A reading of the line as turned round with a run reversed that differs from `chosen` and
 * passes the plain rules; `'(too many readings to list)'` when the search ran out of steps.
 */
export function turnedRunRival(atoms: readonly Atom[], rules: Rules, chosen: string): string | undefined {
  const found = turnedRunReadings(atoms, rules, chosen, 1);
  return found.exhausted ? '(too many readings to list)' : found.readings[0];
}

/** The readings of the line turned round with a run reversed, `skip` aside, up to `limit` of them. */
export function turnedRunReadings(atoms: readonly Atom[], rules: Rules, skip?: string, limit = 16): { readings: string[]; exhausted: boolean } {
  const count = atoms.length;
  if (count < 4) return { readings: [], exhausted: false };
  const mustCut = (index: number) => index > 0 && index < count && atoms[index]!.before!.mustCut;
  const noCutInside = (start: number, end: number) => {
    for (let index = start + 1; index < end; index++) if (mustCut(index)) return false;
    return true;
  };
  /** The source shows a cut after the atom ending at `end` (or the line ends there), and before the atom at `start`. */
  const shownAfter = (end: number) => end === count || mustCut(end);
  const shownBefore = (start: number) => start === 0 || mustCut(start);
  let steps = 0;
  const found: string[] = [];
  let exhausted = false;
  const done = () => found.length >= limit || exhausted;

  /** Joins the pieces (atom ranges, in reading order) into readings; stops at the first rival. */
  const read = (pieces: readonly (readonly [number, number])[]) => {
    const step = (index: number, closed: string[], open: string, openMade: boolean): void => {
      if (done()) return;
      if (++steps > stepBudget) {
        exhausted = true;
        return;
      }
      if (index === pieces.length) {
        if (atoms[pieces.at(-1)![1] - 1]!.tatweelEnd) return;
        if (rules.strength(open, openMade) === 0) return;
        const words = [...closed, open];
        const reading = words.join(' ');
        if (reading !== skip && !found.includes(reading) && rules.accepts(words)) found.push(reading);
        return;
      }
      const [start, end] = pieces[index]!;
      // Tatweel at a piece's edge: the two sides of the join are one word.
      const mustGlue = atoms[start]!.tatweelStart === true || atoms[pieces[index - 1]![1] - 1]!.tatweelEnd === true;
      for (const words of pieceWords(atoms, start, end)) {
        if (!words.slice(1, -1).every((word) => rules.strength(word, false) > 0)) continue;
        const glued = open + words[0]!;
        const joins: [string[], string, boolean][] = [];
        if (rules.strength(glued, true) > 0) joins.push([closed, glued, true]);
        // Two whole words meet at a join only where the source shows both cuts (line 240: «الدولي
        // ـتركة» and «النمس  والثنائي»); elsewhere the pieces were cut inside words.
        const shownBoth = shownAfter(pieces[index - 1]![1]) && shownBefore(start);
        if (!mustGlue && shownBoth && rules.strength(open, openMade) > 0 && rules.strength(words[0]!, false) > 0) joins.push([[...closed, open], words[0]!, false]);
        for (const [before, first, made] of joins) {
          if (words.length === 1) step(index + 1, before, first, made);
          else if (rules.strength(first, made) > 0) step(index + 1, [...before, first, ...words.slice(1, -1)], words.at(-1)!, false);
        }
      }
    };
    const [start, end] = pieces[0]!;
    if (atoms[start]!.tatweelStart) return;
    for (const words of pieceWords(atoms, start, end)) {
      if (words.length > 1 && !words.slice(0, -1).every((word) => rules.strength(word, false) > 0)) continue;
      step(1, words.slice(0, -1), words.at(-1)!, false);
    }
  };

  /** Every way to cut the run [start, end) into 2 to 4 pieces (line 243: four), at its shown cuts and any others, written back last first. */
  const runs = (start: number, end: number): (readonly [number, number])[][] => {
    const shown: number[] = [];
    for (let index = start + 1; index < end; index++) if (mustCut(index)) shown.push(index);
    const out: (readonly [number, number])[][] = [];
    const add = (cuts: number[]) => {
      if (!shown.every((cut) => cuts.includes(cut))) return;
      const bounds = [start, ...cuts, end];
      out.push(bounds.slice(0, -1).map((from, index) => [from, bounds[index + 1]!] as const).reverse());
    };
    for (let first = start + 1; first < end; first++) {
      add([first]);
      for (let second = first + 1; second < end; second++) {
        add([first, second]);
        for (let third = second + 1; third < end; third++) add([first, second, third]);
      }
    }
    return out;
  };

  // The turn «Y X» is a space between two whole words, with no shown cut inside either part.
  for (let turn = 1; turn < count && !done(); turn++) {
    if (atoms[turn]!.before!.kind !== 'space') continue;
    // «Y X N»: Y = [0, turn), X = [turn, runStart), the run after it.
    for (let runStart = turn + 1; runStart < count - 1 && !done(); runStart++) {
      if (!noCutInside(0, turn) || !noCutInside(turn, runStart)) continue;
      for (const run of runs(runStart, count)) read([[turn, runStart], ...run, [0, turn]]);
    }
    // «N Y X»: the run [0, runEnd), Y = [runEnd, turn), X = [turn, count).
    for (let runEnd = 2; runEnd < turn && !done(); runEnd++) {
      if (!noCutInside(runEnd, turn) || !noCutInside(turn, count)) continue;
      for (const run of runs(0, runEnd)) read([[turn, count], ...run, [runEnd, turn]]);
    }
  }
  return { readings: found, exhausted };
}
