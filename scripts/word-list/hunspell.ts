/**
 * The Arabic word list at the I/O edge: Debian's hunspell-ar dictionary, asked through the
 * hunspell program. The ingest core asks for words one at a time and cannot wait for a
 * process, so the core runs, the words it asked about and had no answer for are looked up
 * in one batch, and the core runs again until it asks nothing new (two or three runs).
 * Answers are kept in node_modules/.cache/ so later runs need no lookup.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WordList } from '../../src/ingest/word-list';

/** Where Debian installs the dictionary (package hunspell-ar). */
export const arabicDictionary = '/usr/share/hunspell/ar';
const cacheFile = path.resolve(import.meta.dirname, '../../node_modules/.cache/reading-order/hunspell-ar.json');
const maxRuns = 8;

/** Hunspell's answers, asked in batches. */
export class HunspellWordList implements WordList {
  private readonly answers = new Map<string, boolean>();
  private readonly unanswered = new Set<string>();
  private readonly signature: string;

  constructor(private readonly dictionary = arabicDictionary) {
    if (!existsSync(`${dictionary}.dic`) || !existsSync(`${dictionary}.aff`)) {
      throw new Error(`${dictionary}.dic: the Arabic word list is missing (apt-get install hunspell hunspell-ar)`);
    }
    const stat = statSync(`${dictionary}.dic`);
    this.signature = `${dictionary}:${stat.size}:${stat.mtimeMs}`;
    this.readCache();
  }

  knows(key: string): boolean | undefined {
    const answer = this.answers.get(key);
    if (answer === undefined) this.unanswered.add(key);
    return answer;
  }

  /** Looks up every word asked about without an answer; returns how many there were. */
  lookUpAsked(): number {
    const words = [...this.unanswered].filter((word) => /^[\u0621-\u064A\u0671-\u06D3]+$/u.test(word));
    this.unanswered.clear();
    if (words.length === 0) return 0;
    const output = execFileSync('hunspell', ['-d', this.dictionary, '-l', '-i', 'UTF-8'], {
      input: `${words.join('\n')}\n`,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const unknown = new Set(output.split('\n').filter((word) => word !== ''));
    for (const word of words) this.answers.set(word, !unknown.has(word));
    this.writeCache();
    return words.length;
  }

  private readCache(): void {
    if (!existsSync(cacheFile)) return;
    try {
      const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { signature: string; known: string[]; unknown: string[] };
      if (cached.signature !== this.signature) return;
      for (const word of cached.known) this.answers.set(word, true);
      for (const word of cached.unknown) this.answers.set(word, false);
    } catch {
      // A damaged cache is only a slower run.
    }
  }

  private writeCache(): void {
    const known = [...this.answers].filter(([, answer]) => answer).map(([word]) => word).sort();
    const unknown = [...this.answers].filter(([, answer]) => !answer).map(([word]) => word).sort();
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ signature: this.signature, known, unknown }));
  }
}

/** Runs `run` with the Arabic word list until it asks about no word the list has not answered. */
export function withArabicWordList<T>(run: (wordList: WordList) => T, wordList = new HunspellWordList()): T {
  let result = run(wordList);
  for (let runs = 1; runs < maxRuns && wordList.lookUpAsked() > 0; runs++) result = run(wordList);
  return result;
}
