/**
 * The Arabic word list at the I/O edge: Debian's hunspell-ar dictionary, asked through one
 * hunspell process per run. The ingest core asks for words one at a time and cannot wait for
 * a process, so the core runs, the words it asked about and had no answer for are sent to the
 * process in one batch, and the core runs again until it asks nothing new. The process is
 * started once, on the first batch, and kept for the run (hunspell takes about a second to
 * load the Arabic dictionary, far longer than answering a batch); answers are kept in memory
 * for the run and in node_modules/.cache/ for later runs, which then start no process at all.
 * The few words the core asks "only ever a verb?" of (src/ingest/verb-after-particle.ts) go the
 * same way to a second process, `hunspell -m`, which prints the list's analyses of each word.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WordList } from '../../src/ingest/word-list';

/** Where Debian installs the dictionary (package hunspell-ar). */
export const arabicDictionary = '/usr/share/hunspell/ar';
const cacheFile = path.resolve(import.meta.dirname, '../../node_modules/.cache/reading-order/hunspell-ar.json');
const maxRuns = 8;
const installHint = 'apt-get install hunspell hunspell-ar';

/** The word list is missing or cannot be asked: the message names what to install. */
export class WordListUnavailable extends Error {}

/** Arabic letters only: one word per line, which hunspell cannot split or read otherwise. */
const askable = /^[\u0621-\u064A\u0671-\u06D3]+$/u;

/**
 * One `hunspell -l` process, which prints each word sent that it does not know, or one
 * `hunspell -m`, which prints a line per analysis of each word it knows («قدمت  is:pst st:قدم
 * po:verb») and the word alone for one it does not. hunspell writes through a buffer that a
 * pipe would only flush at the end, so it runs under coreutils' `stdbuf -oL`, which makes it
 * write each line at once; each batch ends with a Latin word no Arabic dictionary knows, and
 * its answer line (the word alone, in both modes) closes the batch.
 */
class HunspellProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffered = '';
  private answered: string[] = [];
  private waiting: { resolve: (lines: string[]) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(dictionary: string, mode: '-l' | '-m' = '-l') {
    this.child = spawn('stdbuf', ['-oL', 'hunspell', mode, '-d', dictionary, '-i', 'UTF-8'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.read(chunk));
    let stderr = '';
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (stderr += chunk));
    this.child.on('error', (error: NodeJS.ErrnoException) => {
      this.fail(new WordListUnavailable(`stdbuf: cannot be started (${error.message}); ingest runs hunspell through it (apt-get install coreutils)`));
    });
    this.child.on('close', (code) => {
      // 127: stdbuf found no hunspell program to run.
      if (code === 127) this.fail(new WordListUnavailable(`hunspell: program not found; ingest asks Debian's Arabic word list through it (${installHint})`));
      else if (this.waiting !== undefined) this.fail(new WordListUnavailable(`hunspell: stopped (exit ${code}) before it answered${stderr === '' ? '' : `: ${stderr.trim().split('\n')[0]}`}`));
    });
    // A word sent after hunspell has gone is reported by 'close' or 'error'; the pipe's own error adds nothing.
    this.child.stdin.on('error', () => {});
  }

  /** The lines hunspell answers a batch with (blank lines left out). */
  answerTo(words: readonly string[]): Promise<string[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.answered = [];
      this.waiting = { resolve, reject };
      this.child.stdin.write(`${words.join('\n')}\n${endOfBatch}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  private read(chunk: string): void {
    this.buffered += chunk;
    let newline: number;
    while ((newline = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      if (line !== endOfBatch) {
        if (line !== '') this.answered.push(line);
        continue;
      }
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.resolve(this.answered);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(this.failure);
  }
}

/** Ends every batch: Latin letters, never a word of an Arabic dictionary, never a word the core asks about. */
const endOfBatch = 'qqxendofbatchqqx';

/**
 * The words of `hunspell -m` answer lines that the list knows only as verbs: every analysis
 * of the word names `po:verb`. A word it does not know comes back alone, with no analysis.
 */
export function onlyVerbsOf(lines: readonly string[]): Set<string> {
  const analyses = new Map<string, string[]>();
  for (const line of lines) {
    const [word, ...rest] = line.trim().split(/\s+/u);
    if (word === undefined || word === '') continue;
    const list = analyses.get(word) ?? [];
    if (rest.length > 0) list.push(rest.join(' '));
    analyses.set(word, list);
  }
  return new Set([...analyses].filter(([, list]) => list.length > 0 && list.every((analysis) => /\bpo:verb\b/u.test(analysis))).map(([word]) => word));
}

/** Hunspell's answers for one run, asked in batches through one process per question. */
export class HunspellWordList implements WordList {
  private readonly answers = new Map<string, boolean>();
  private readonly unanswered = new Set<string>();
  private readonly verbAnswers = new Map<string, boolean>();
  private readonly verbUnanswered = new Set<string>();
  private readonly signature: string;
  private process: HunspellProcess | undefined;
  private analyser: HunspellProcess | undefined;
  private changed = false;

  constructor(private readonly dictionary = arabicDictionary) {
    if (!existsSync(`${dictionary}.dic`) || !existsSync(`${dictionary}.aff`)) {
      throw new WordListUnavailable(`${dictionary}.dic: the Arabic word list is missing (${installHint})`);
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

  onlyVerb(key: string): boolean | undefined {
    const answer = this.verbAnswers.get(key);
    if (answer === undefined) this.verbUnanswered.add(key);
    return answer;
  }

  /** True once the list has an answer for the key; unlike `knows`, it asks for none. */
  hasAnswer(key: string): boolean {
    return this.answers.has(key);
  }

  /** True once the list has said whether the key is only ever a verb; unlike `onlyVerb`, it asks nothing. */
  hasVerbAnswer(key: string): boolean {
    return this.verbAnswers.has(key);
  }

  /** Looks up every word asked about without an answer, in one batch per question; returns how many there were. */
  async lookUpAsked(): Promise<number> {
    const words = [...this.unanswered].filter((word) => askable.test(word));
    this.unanswered.clear();
    const verbWords = [...this.verbUnanswered].filter((word) => askable.test(word));
    this.verbUnanswered.clear();
    if (words.length > 0) {
      this.process ??= new HunspellProcess(this.dictionary);
      const unknown = new Set(await this.process.answerTo(words));
      for (const word of words) this.answers.set(word, !unknown.has(word));
    }
    if (verbWords.length > 0) {
      this.analyser ??= new HunspellProcess(this.dictionary, '-m');
      const verbs = onlyVerbsOf(await this.analyser.answerTo(verbWords));
      for (const word of verbWords) this.verbAnswers.set(word, verbs.has(word));
    }
    if (words.length + verbWords.length > 0) this.changed = true;
    return words.length + verbWords.length;
  }

  /** Ends the processes, if any were started, and keeps the answers for later runs. */
  finish(): void {
    this.process?.close();
    this.process = undefined;
    this.analyser?.close();
    this.analyser = undefined;
    if (this.changed) this.writeCache();
    this.changed = false;
  }

  private readCache(): void {
    if (!existsSync(cacheFile)) return;
    try {
      const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { signature: string; known: string[]; unknown: string[]; onlyVerb?: string[]; notOnlyVerb?: string[] };
      if (cached.signature !== this.signature) return;
      for (const word of cached.known) this.answers.set(word, true);
      for (const word of cached.unknown) this.answers.set(word, false);
      // A cache written before the list was asked about verbs has none of these: they are asked.
      for (const word of cached.onlyVerb ?? []) this.verbAnswers.set(word, true);
      for (const word of cached.notOnlyVerb ?? []) this.verbAnswers.set(word, false);
    } catch {
      // A damaged cache is only a slower run.
    }
  }

  private writeCache(): void {
    const known = [...this.answers].filter(([, answer]) => answer).map(([word]) => word).sort();
    const unknown = [...this.answers].filter(([, answer]) => !answer).map(([word]) => word).sort();
    const onlyVerb = [...this.verbAnswers].filter(([, answer]) => answer).map(([word]) => word).sort();
    const notOnlyVerb = [...this.verbAnswers].filter(([, answer]) => !answer).map(([word]) => word).sort();
    try {
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile, JSON.stringify({ signature: this.signature, known, unknown, onlyVerb, notOnlyVerb }));
    } catch {
      // A cache that cannot be written is only a slower next run.
    }
  }
}

/**
 * Runs `run` with the Arabic word list until it asks about no word the list has not answered
 * (the words of each run are asked in one batch of one hunspell process).
 */
export async function withArabicWordList<T>(run: (wordList: WordList) => T, wordList = new HunspellWordList()): Promise<T> {
  try {
    let result = run(wordList);
    for (let runs = 1; runs < maxRuns && (await wordList.lookUpAsked()) > 0; runs++) result = run(wordList);
    return result;
  } finally {
    wordList.finish();
  }
}
