/**
 * Runs of the passes kept from one round of the word list to the next. `withArabicWordList`
 * runs a whole measurement again and again, until the passes ask the word list nothing it has
 * not answered (scripts/word-list/hunspell.ts): a cold word list takes up to eight rounds. Most
 * runs inside a round (the report's published lines, then one run per damaged line) stop asking
 * after a round or two; run again, such a run has the same input and gets the same answers, so
 * it returns the same lines. A run is kept with the words it was told "not answered yet" and run
 * again only once one of them has an answer: the measurement's figures are those of a measurement
 * that runs everything in every round, in a fraction of the time.
 */
import type { WordList } from '../../src/ingest/word-list';

/** A word list that can say whether it has an answer for a key without asking for one. */
export interface AnsweringWordList extends WordList {
  hasAnswer(key: string): boolean;
  /** The same for the question "only ever a verb?" (src/ingest/verb-after-particle.ts). */
  hasVerbAnswer?(key: string): boolean;
}

interface KeptRun {
  input: unknown;
  value: unknown;
  /** The keys the run asked about and got no answer for. */
  unanswered: string[];
  /** The keys it asked "only ever a verb?" about and got no answer for. */
  unansweredVerbs: string[];
}

export class SettledRuns {
  private readonly kept = new Map<string, KeptRun>();

  constructor(private readonly wordList: AnsweringWordList) {}

  /**
   * `run(wordList)`, or what it returned the last time it ran under `key` with the same `input`
   * (a string equal to it, or the same object), when none of the keys it got no answer for has had one since.
   */
  run<T>(key: string, input: unknown, run: (wordList: WordList) => T): T {
    const kept = this.kept.get(key);
    if (kept !== undefined && kept.input === input && !kept.unanswered.some((word) => this.wordList.hasAnswer(word)) && !kept.unansweredVerbs.some((word) => this.wordList.hasVerbAnswer?.(word) === true)) return kept.value as T;
    const unanswered = new Set<string>();
    const unansweredVerbs = new Set<string>();
    const wordList = this.wordList;
    const watched: WordList = {
      knows: (word) => {
        const answer = wordList.knows(word);
        if (answer === undefined) unanswered.add(word);
        return answer;
      },
      ...(wordList.onlyVerb === undefined
        ? {}
        : {
            onlyVerb: (word: string) => {
              const answer = wordList.onlyVerb!(word);
              if (answer === undefined) unansweredVerbs.add(word);
              return answer;
            },
          }),
    };
    const value = run(watched);
    this.kept.set(key, { input, value, unanswered: [...unanswered], unansweredVerbs: [...unansweredVerbs] });
    return value;
  }
}
