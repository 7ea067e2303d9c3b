/**
 * A preposition that is only ever a particle, and «أنَّ», govern a noun: a reading that puts a
 * word the word list knows only as a verb straight after one does not read on
 * (src/ingest/verb-after-particle.ts). On line 261 of the report (paragraph 17), whose next
 * line starts «قدَّمت …», and on the word list's own analyses. Expected readings are the
 * report's published lines, not program output.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { readingOrderPasses } from '../../src/ingest/passes/index';
import { normalizeLines } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';
import { runReadingOrderPasses } from '../../src/ingest/passes/reading-order-pass';
import { readsOn, type LineSetting, type Openers } from '../../src/ingest/piece-order';
import { governsNoun, onlyVerbIn, verbAfterParticle } from '../../src/ingest/verb-after-particle';
import { wordListOf, type WordList } from '../../src/ingest/word-list';
import { parseReport } from '../../src/ingest/parse-report';
import { parseRepairsFile } from '../../src/ingest/repairs-schema';
import { arabicDictionary, HunspellWordList, onlyVerbsOf, withArabicWordList } from '../../scripts/word-list/hunspell';

// Line 261 as published, and its extracted order («… وأشارت، على» at its end).
const published261 = 'المعمول بها على الصعيدين الوطني والدولي. وأشارت، على سبيل المثال، إلى أنَّ الولايات المتحدة';
const extracted261 = 'سبيل المثال، إلى أنَّ الولايات المتحدة المعمول بها على الصعيدين الوطني والدولي. وأشارت، على';
const openers: Openers = { recommendation: new Set(), paragraph: new Set() };
// Line 259 ends «… تعزيز السياسات», line 262 starts «قدَّمت …», which the list knows only as a verb.
const verbs = wordListOf([], ['قدَّمت']);
const setting = (wordList: WordList): LineSetting => ({ closesUnit: false, previousWord: 'السياسات', nextWord: 'قدَّمت', isOnlyVerb: onlyVerbIn(wordList) });

describe('a word that governs a noun', () => {
  it('is a preposition that is only ever a particle, or «أنَّ»/«إنَّ» with no pronoun', () => {
    for (const word of ['في', 'إلى', 'على', 'عن', 'أنَّ', 'وأنَّ', 'بأنَّ', 'لأنَّ', 'إنَّ', 'فإنَّ']) expect(governsNoun(word), word).toBe(true);
    // «منذ» and «أنْ» take a verb («منذ بدأت», «أنْ يقوم»), and so does «أنَّه» with its pronoun;
    // «أن» without the shadda may be «أنْ»; «من» is also «مَن»; punctuation closes the phrase.
    for (const word of ['منذ', 'أن', 'أنْ', 'أنَّه', 'وأنها', 'من', 'على،', 'إلى.', 'بين']) expect(governsNoun(word), word).toBe(false);
  });
});

describe('a verb straight after it', () => {
  it('does not read on across the line break: line 261 as extracted ends «على» before «قدَّمت»', () => {
    expect(readsOn(extracted261.split(' '), setting(verbs), openers)).toBe(false);
    // Turned to end at «أنَّ» or «إلى» it fails too; as published it reads on.
    expect(readsOn('الولايات المتحدة المعمول بها على الصعيدين الوطني والدولي. وأشارت، على سبيل المثال، إلى أنَّ'.split(' '), setting(verbs), openers)).toBe(false);
    expect(readsOn(published261.split(' '), setting(verbs), openers)).toBe(true);
    // A list that does not know the word as only a verb leaves the extracted order reading on.
    expect(readsOn(extracted261.split(' '), setting(wordListOf([])), openers)).toBe(true);
  });

  it('does not read on inside the line, nor from the line before', () => {
    const isOnlyVerb = onlyVerbIn(verbs);
    expect(verbAfterParticle(['على', 'قدَّمت', 'دعما'], { isOnlyVerb })).toBe(true);
    expect(verbAfterParticle(['أنَّ', 'قدَّمت،'], { isOnlyVerb })).toBe(true);
    expect(verbAfterParticle(['قدَّمت', 'دعما'], { previousWord: 'إلى', isOnlyVerb })).toBe(true);
    // «أنَّ» + a noun, «أنْ» + a verb, a verb after a comma or quoted, and a word of two letters read on.
    expect(verbAfterParticle(['إلى', 'أنَّ', 'الولايات', 'المتحدة', 'قدَّمت'], { isOnlyVerb })).toBe(false);
    expect(verbAfterParticle(['أن', 'قدَّمت'], { isOnlyVerb })).toBe(false);
    expect(verbAfterParticle(['وأشارت،', 'قدَّمت'], { previousWord: 'على،', isOnlyVerb })).toBe(false);
    expect(verbAfterParticle(['على', '"قدَّمت"'], { isOnlyVerb })).toBe(false);
    expect(verbAfterParticle(['على', 'قد'], { isOnlyVerb: onlyVerbIn(wordListOf([], ['قد'])) })).toBe(false);
    // With no word list that analyses words, the rule says nothing.
    expect(verbAfterParticle(['على', 'قدَّمت'], {})).toBe(false);
  });
});

describe('the passes on paragraph 17 (source lines 258-261, then line 262 in reading order)', () => {
  const fixture = readFileSync(new URL('./fixtures/reading-order/verb-after-particle.txt', import.meta.url), 'utf8');
  // The paragraph's published words, reversed, stand for the rest of the report: they make words
  // of the line's pieces and put none of its words side by side.
  const words = `${published261} قدَّمت دعما ماليا وتقنيا من أجل إعداد دليل عن كيفية منع الاتِّجار بالبشر لأغراض الاستعباد وناقشت السيدة تشينوبيا كالهون الجهود التي تبذلها الولايات المتحدة الأمريكية من أجل منع الاتِّجار بالأشخاص في أسر الموظفين الدبلوماسيين، بما في ذلك من خلال تعزيز السياسات`;
  const reversed = words.split(' ').reverse().join(' ');
  const line261 = (wordList: WordList) => {
    const lines = classifyLines(normalizeLines(readLines(fixture).lines));
    const done = runReadingOrderPasses(lines, readingOrderPasses, undefined, undefined, wordList, [reversed], { paragraph: ['وناقشت'] }, true);
    return done.find((candidate) => candidate.lines[0] === 4)!;
  };

  it('refuse line 261 as extracted: it is left undecided, with none of its readings ending «على», «إلى» or «أنَّ» before «قدَّمت»', () => {
    const line = line261(verbs);
    expect(line.changes).toEqual([]);
    const readings = line.undecided?.readings ?? [];
    expect(readings).toContain(published261);
    expect(readings).not.toContain(extracted261);
    expect(readings.filter((reading) => /(?:على|إلى|أنَّ)$/u.test(reading))).toEqual([]);
  });

  it('take its extracted order, silently, with a word list that knows no verb', () => {
    const line = line261(wordListOf([]));
    expect(line.text).toBe(extracted261);
    expect(line.undecided).toBeUndefined();
  });
});

describe("the word list's analyses (Debian's hunspell-ar)", () => {
  it('know «قدمت» only as a verb, and «عرض» (verb and noun), «ينبغي» (no verb analysis) and a word it lacks not so', () => {
    const asked = ['قدمت', 'عرض', 'ينبغي', 'الولايات', 'ثخذضظغثخذ'];
    const answer = execFileSync('hunspell', ['-m', '-d', arabicDictionary, '-i', 'UTF-8'], { input: `${asked.join('\n')}\n`, encoding: 'utf8' });
    expect([...onlyVerbsOf(answer.split('\n'))]).toEqual(['قدمت']);
  });

  it('are asked through the same batches as the words, and answer every word asked in a run', async () => {
    const answers = await withArabicWordList((words) => ['قدمت', 'عرض', 'ينبغي'].map((key) => words.onlyVerb?.(key)), new HunspellWordList());
    expect(answers).toEqual([true, false, false]);
  });
});

describe('the real report without the reviewed repair of line 261 alone (line 262 repaired)', () => {
  it('lists line 261 as undecided, which stops ingest, instead of publishing its extracted order', async () => {
    const sourceText = readFileSync(new URL('../../content/source/V1909259-ar.txt', import.meta.url), 'utf8');
    const repairs = parseRepairsFile(readFileSync(new URL('../../content/repairs.json', import.meta.url), 'utf8')).repairs.filter((repair) => repair.id !== 'line-261');
    const { report, damage } = await withArabicWordList((wordList) => parseReport(sourceText, repairs, { sourcePath: 'content/source/V1909259-ar.txt', wordList }));
    expect(damage.filter((finding) => finding.line === 261).map((finding) => finding.check)).toEqual(['undecided-order']);
    // The unit keeps the extracted order, flagged: a reviewer must choose among the readings.
    expect(report!.units.find((unit) => unit.id === 'paragraph-17')!.text).toContain(extracted261);
  }, 120_000);
});
