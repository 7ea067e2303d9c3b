/**
 * Two rules that prove a reading in three pieces or more whose every join glues a word cut in
 * two, on fixture lines built from the report's recommendation 12 (line 17) and paragraph 16
 * (line 240), with the lines where each must refuse: a weak last word stands where a space
 * precedes it in its piece and the source shows the cut after it (src/ingest/reading-end-word.ts),
 * and such a reading's start is proven once no reading of the line turned round with a run
 * reversed passes (src/ingest/glued-joins-start.ts). Expected texts are the report's published
 * lines, not the program's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from '../../src/ingest/classified-line';
import { startShownByGluedJoins } from '../../src/ingest/glued-joins-start';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { readingOrderPasses } from '../../src/ingest/passes/index';
import { normalizeLines, normalizeText } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';
import { runReadingOrderPasses } from '../../src/ingest/passes/reading-order-pass';
import { weakLastWordStands } from '../../src/ingest/reading-end-word';
import { atomsOf, searchReadings, tokensOfSource } from '../../src/ingest/reading-search';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { WordJudge, wordListOf } from '../../src/ingest/word-list';

const fixture = readFileSync(new URL('./fixtures/reading-order/glued-joins-start.txt', import.meta.url), 'utf8');

// Words of line 17 and line 240 that no other line of the fixture prints: the word list's.
const listed = wordListOf([
  'عاملين', 'العاملين', 'الخطوط', 'العامة', 'عامة', 'ومقدِّمي', 'الخدمات', 'النيابة', 'القانون', 'قانون', 'المدني', 'وأجهزة', 'إنفاذ', 'وأعضاء',
  'والمغرب', 'وهو', 'مكَّن', 'الدولي', 'المشتركة', 'ومن', 'ذلك', 'النمسا', 'والثنائي', 'العمليات',
]);
const ordered = () => runReadingOrderPasses(classifyLines(normalizeLines(readLines(fixture).lines)), readingOrderPasses, undefined, undefined, listed);
const at = (lines: ClassifiedLine[], number: number) => lines.find((line) => line.lines[0] === number)!;
const madeBy = (line: ClassifiedLine) => line.changes.map((change) => change.name);

const line17 = 'المدني، وأجهزة إنفاذ القانون، وأعضاء النيابة العامة، ومقدِّمي الخدمات العاملين في الخطوط';

describe('a reading in three pieces or more whose every join glues a word (line 17)', () => {
  it('is taken: «الخطوط» ends the line before a run of spaces, and no turn of the line reads as a run reversed', () => {
    const line = at(ordered(), 4);
    expect(line.text).toBe(line17);
    expect(madeBy(line)).toEqual(['reversed-pieces']);
  });

  it('is refused where a single space follows the weak last word: nothing shows that it ends there', () => {
    const line = at(ordered(), 9);
    expect(line.text).toBe(normalizeText(line.source));
    expect(madeBy(line)).toEqual([]);
    expect(weakLastWordStands({ spaceBeforeInItsPiece: true, cutShownAfter: false })).toBe(false);
    expect(weakLastWordStands({ spaceBeforeInItsPiece: false, cutShownAfter: true })).toBe(false);
    expect(weakLastWordStands({ spaceBeforeInItsPiece: true, cutShownAfter: true })).toBe(true);
  });

  it('is refused where one join is a space: the same words turned round read on', () => {
    const line = at(ordered(), 14);
    expect(line.text).toBe(normalizeText(line.source));
    expect(madeBy(line)).toEqual([]);
  });

  it('is refused for line 240, whose one reversed reading glues every join and is the published words turned round', () => {
    const line = at(ordered(), 18);
    expect(line.text).toBe(normalizeText(line.source));
    expect(madeBy(line)).toEqual([]);
    // The one reversal, and beside it a turn of the line with its run reversed that also reads on.
    const readings = line.undecided?.readings ?? [];
    expect(readings[0]).toBe('والثنائي في العمليات المشتركة، ومن ذلك التعاون مع النمسا والمغرب، وهو ما مكَّن من الدولي');
    expect(readings).toHaveLength(2);
  });
});

describe('the start shown by joins that glue words', () => {
  const judge = new WordJudge(new Vocabulary(['في العمل والمجتمع الأعضاء']), listed);
  const rules = { strength: (word: string, made: boolean) => judge.strength(word, made), accepts: () => true, maxPieces: 7 };
  const atomsOfLine = (source: string) => atomsOf(tokensOfSource(source), (word) => judge.isWord(word));

  it('holds for line 17, whose four joins glue «القانون،», «النيابة», «العامة،» and «العاملين»', () => {
    const atoms = atomsOfLine('عاملين في الخطوط  عامة، ومقدِّمي الخدمات ال يابة ال قانون، وأعضاء الن المدني، وأجهزة إنفاذ ال');
    const result = searchReadings(atoms, rules);
    expect(result.readings).toEqual([line17]);
    expect(startShownByGluedJoins(atoms, rules, result)).toBe(true);
  });

  it('does not hold where a join is a space between two whole words', () => {
    const atoms = atomsOfLine('عاملين في الخطوط  عامة، ومقدِّمي الخدمات ال يابة ال وأعضاء الن المدني، وأجهزة إنفاذ القانون،');
    const result = searchReadings(atoms, rules);
    expect(result.readings).toContain(line17);
    expect(startShownByGluedJoins(atoms, rules, { ...result, readings: [line17] })).toBe(false);
  });

  it('does not hold where a word is glued from three pieces, a shape the search of turned lines does not make (seed 11, line 262)', () => {
    // Published «قدَّمت دعما ماليا وتقنيا … لأغراض الاستعباد», turned round with its run reversed;
    // the one reversal glues «الاس» + «تعبا» + «د» into the report word «الاستعباد» and is wrong.
    const reportJudge = new WordJudge(new Vocabulary(['قدَّمت دعما ماليا وتقنيا من أجل إعداد دليل عن كيفية منع الاتِّجار بالبشر لأغراض الاستعباد']), wordListOf([]));
    const reportRules = { strength: (word: string, made: boolean) => reportJudge.strength(word, made), accepts: () => true, maxPieces: 7 };
    const atoms = atomsOf(tokensOfSource('د قدَّمت دعما ماليا  تعبا  وتقنيا من أجل إعداد دليل عن كيفية منع الاتِّجار بالبشر لأغراض الاس'), (word) => reportJudge.isWord(word));
    const result = searchReadings(atoms, reportRules);
    expect(result.readings).toEqual(['وتقنيا من أجل إعداد دليل عن كيفية منع الاتِّجار بالبشر لأغراض الاستعباد قدَّمت دعما ماليا']);
    expect(startShownByGluedJoins(atoms, reportRules, result)).toBe(false);
  });

  it('does not hold for two halves, whose one join is where the line was cut, anywhere', () => {
    const atoms = atomsOfLine('مقدِّمي الخدمات العاملين في الخطوط المدني، وأجهزة إنفاذ القانون، وأعضاء النيابة العامة، و');
    const result = searchReadings(atoms, { ...rules, minPieces: 2, maxPieces: 2 });
    expect(result.pieces).toBe(2);
    expect(startShownByGluedJoins(atoms, rules, result)).toBe(false);
  });
});
