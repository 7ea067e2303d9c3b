/**
 * A search, from what the reader typed to the units to show: each word becomes the lemmas it is a
 * form of (lexicon/lookup.ts), each lemma's code is looked up in Pagefind's index, and the units
 * that have every word (every phrase in order) come first by Pagefind's score. When none has them
 * all, the units with most of them are returned, flagged as partial. A word the report does not
 * use finds nothing by itself, and is reported with a suggestion when one is close.
 */
import { lemmaCode } from '../lemma-codes';
import { analyseWord, isInReport, suggestion, type LoadedLexicon, type LoadedWords } from '../lexicon/lookup';
import { parseQuery, type QueryTerm } from '../query';
import type { Pagefind, PagefindFilters, PagefindResult } from './pagefind-api';

/** A word the report does not use, and the report's nearest word if one is close. */
export interface AbsentWord {
  word: string;
  suggestion?: string;
}

/** One unit found. */
export interface FoundUnit {
  result: PagefindResult;
  /** The terms (words, or phrases in quotes) the unit has, and those it lacks, as typed. */
  has: string[];
  lacks: string[];
}

export interface SearchAnswer {
  units: FoundUnit[];
  /** True when no unit has every term and `units` are those with most of them. */
  partial: boolean;
  absent: AbsentWord[];
  /** The codes of every lemma the query asked for: the words to mark in excerpts. */
  codes: Set<string>;
}

interface TermLemmas {
  label: string;
  phrase: boolean;
  /** One list of lemmas per word piece, in order; each piece must match. */
  pieces: number[][];
}

function labelOf(term: QueryTerm): string {
  return term.phrase ? `"${term.words.join(' ')}"` : term.words[0]!;
}

/** Whether `codes` (a unit's lemma codes in text order) has the pieces one after another. */
export function hasInOrder(codes: string[], pieces: number[][]): boolean {
  const wanted = pieces.map((lemmas) => new Set(lemmas.map(lemmaCode)));
  for (let start = 0; start + wanted.length <= codes.length; start++) {
    if (wanted.every((set, offset) => set.has(codes[start + offset]!))) return true;
  }
  return false;
}

export async function searchUnits(
  pagefind: Pagefind,
  lexicon: LoadedLexicon,
  typed: string,
  filters: PagefindFilters,
  suggestionWords: () => Promise<LoadedWords>,
): Promise<SearchAnswer> {
  const terms = parseQuery(typed);
  const absent: AbsentWord[] = [];
  const present: TermLemmas[] = [];
  for (const term of terms) {
    const words = term.words.map((word) => analyseWord(word, lexicon));
    const missing = words.filter((word) => !isInReport(word));
    for (const word of missing) absent.push({ word: word.typed, suggestion: suggestion(word.typed, await suggestionWords()) });
    if (missing.length === 0) present.push({ label: labelOf(term), phrase: term.phrase, pieces: words.flatMap((word) => word.pieces) });
  }
  const codes = new Set(present.flatMap((term) => term.pieces.flat()).map(lemmaCode));

  // Pagefind's results for one lemma, by unit; each lemma is looked up once.
  const byLemma = new Map<number, Promise<Map<string, PagefindResult>>>();
  const unitsOf = (lemma: number): Promise<Map<string, PagefindResult>> => {
    if (!byLemma.has(lemma)) {
      byLemma.set(
        lemma,
        pagefind.search(lemmaCode(lemma), { filters }).then((search) => new Map((search?.results ?? []).map((result) => [result.id, result]))),
      );
    }
    return byLemma.get(lemma)!;
  };

  // Every lemma's lookup at once; each is a lookup in the loaded index, but they are asynchronous.
  await Promise.all(present.flatMap((term) => term.pieces.flat()).map(unitsOf));

  // For each term, the units that have every piece, with a score: the best lemma of each piece, summed.
  const scores = new Map<string, { result: PagefindResult; score: number; has: string[] }>();
  for (const term of present) {
    let found: Map<string, { result: PagefindResult; score: number }> | undefined;
    for (const lemmas of term.pieces) {
      const piece = new Map<string, { result: PagefindResult; score: number }>();
      for (const lemma of lemmas) {
        for (const [id, result] of await unitsOf(lemma)) {
          const score = result.score ?? 0;
          const known = piece.get(id);
          if (!known || known.score < score) piece.set(id, { result, score });
        }
      }
      found = found === undefined ? piece : new Map([...found].filter(([id]) => piece.has(id)).map(([id, hit]) => [id, { result: hit.result, score: hit.score + piece.get(id)!.score }]));
    }
    const hits = [...(found ?? [])];
    // A phrase reads each candidate's codes (its fragment), all at once.
    const inOrder = term.phrase ? await Promise.all(hits.map(async ([, hit]) => hasInOrder((await hit.result.data()).content.split(' '), term.pieces))) : undefined;
    for (const [index, [id, hit]] of hits.entries()) {
      if (inOrder && !inOrder[index]) continue;
      const unit = scores.get(id) ?? { result: hit.result, score: 0, has: [] };
      unit.score += hit.score;
      unit.has.push(term.label);
      scores.set(id, unit);
    }
  }

  const labels = terms.map(labelOf);
  const all = [...scores.values()].map((unit) => ({ ...unit, lacks: labels.filter((label) => !unit.has.includes(label)) }));
  const complete = all.filter((unit) => unit.lacks.length === 0).sort((a, b) => b.score - a.score);
  if (complete.length > 0 || all.length === 0) {
    return { units: complete.map(({ result, has, lacks }) => ({ result, has, lacks })), partial: false, absent, codes };
  }
  // A word alone that the report does not use finds nothing; with other words, the units with most of them.
  if (present.length === 0) return { units: [], partial: false, absent, codes };
  const partial = all.sort((a, b) => b.has.length - a.has.length || b.score - a.score);
  return { units: partial.map(({ result, has, lacks }) => ({ result, has, lacks })), partial: true, absent, codes };
}
