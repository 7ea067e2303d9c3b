/**
 * The Arabic word list at the I/O edge (scripts/word-list/hunspell.ts): Debian's hunspell-ar
 * asked through one hunspell process per run, in batches, and a clear message when hunspell
 * is not installed.
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HunspellWordList, withArabicWordList, WordListUnavailable } from '../../scripts/word-list/hunspell';

/** Arabic letters in a random order: a word no earlier run has cached an answer for. */
function freshNonsense(): string {
  const letters = 'ثخذضظغ';
  return Array.from({ length: 9 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

describe('the hunspell word list', () => {
  it('answers every word asked in a run, through batches of one process', async () => {
    const nonsense = freshNonsense();
    const asked: (boolean | undefined)[][] = [];
    const wordList = new HunspellWordList();
    await withArabicWordList((words) => {
      // A second word is asked only once the first has an answer, as the search does.
      const first = words.knows(nonsense);
      const second = first === undefined ? undefined : words.knows('مجتمعات');
      asked.push([first, second]);
    }, wordList);
    expect(asked[0]).toEqual([undefined, undefined]);
    expect(asked.at(-1)).toEqual([false, true]);
  });

  it('says what to install when hunspell is missing', async () => {
    // A PATH with stdbuf but no hunspell.
    const bin = mkdtempSync(path.join(tmpdir(), 'no-hunspell-'));
    symlinkSync('/usr/bin/stdbuf', path.join(bin, 'stdbuf'));
    const savedPath = process.env.PATH;
    process.env.PATH = bin;
    try {
      const run = withArabicWordList((words) => words.knows(freshNonsense()));
      await expect(run).rejects.toThrow(WordListUnavailable);
      await expect(run).rejects.toThrow("hunspell: program not found; ingest asks Debian's Arabic word list through it (apt-get install hunspell hunspell-ar)");
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('says what to install when the dictionary is missing', () => {
    expect(() => new HunspellWordList('/nonexistent/ar')).toThrow('/nonexistent/ar.dic: the Arabic word list is missing (apt-get install hunspell hunspell-ar)');
  });
});
