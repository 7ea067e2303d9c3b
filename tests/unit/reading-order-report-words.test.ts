/**
 * Three rules that let the piece-order passes prove a line in three pieces or more from the
 * report's own words, each on fixture lines built from the report's sentences (lines 25 and
 * 127 of the report) with the lines where it must refuse: a word glued from three pieces only
 * into a report word (src/ingest/glued-report-word.ts), a weak word starting the reading only
 * with a space after it in its piece (src/ingest/reading-start-word.ts), and a weak word after
 * a report word only where the source shows both cuts (src/ingest/shown-cuts-join.ts).
 * Expected texts are the report's published sentences, not the program's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from '../../src/ingest/classified-line';
import { mayGlueThirdPiece } from '../../src/ingest/glued-report-word';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { readingOrderPasses } from '../../src/ingest/passes/index';
import { normalizeLines } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';
import { runReadingOrderPasses } from '../../src/ingest/passes/reading-order-pass';
import { weakFirstWordStands } from '../../src/ingest/reading-start-word';
import { atomsOf, searchReadings, tokensOfSource } from '../../src/ingest/reading-search';
import { weakWordAfterShownJoin } from '../../src/ingest/shown-cuts-join';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { WordJudge, wordListOf, type WordList } from '../../src/ingest/word-list';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/reading-order/${name}`, import.meta.url), 'utf8');

/** The fixture's lines through the reading-order passes, with a word list and, if given, more of the report's text. */
function ordered(name: string, wordList: WordList, moreReportText: string[] = []): ClassifiedLine[] {
  return runReadingOrderPasses(classifyLines(normalizeLines(readLines(fixture(name)).lines)), readingOrderPasses, undefined, undefined, wordList, moreReportText);
}
const at = (lines: ClassifiedLine[], number: number) => lines.find((line) => line.lines[0] === number)!;
const madeBy = (line: ClassifiedLine) => line.changes.map((change) => change.name);

// Line 25 of the report: «بالاتِّجار» cut twice («بالا» + «تِّج» + «ار»), «قدراتها» (a word only
// the word list knows) starting the printed line.
const line25 = 'قدراتها على تنفيذ تدابير المنع المتعلقة بالاتِّجار بالبشر، مع التركيز بشكل خاص على الفئات المستضعفة.';

describe('a word glued from three pieces into a report word (line 25)', () => {
  const listed = wordListOf(['قدراتها', 'بشكل', 'خاص', 'بالا', 'بالاتِّجار']);

  it('is glued where the report prints the word elsewhere', () => {
    const line = at(ordered('report-word-glue.txt', listed, ['المتعلقة بالاتِّجار بالأشخاص']), 3);
    expect(line.text).toBe(line25);
    expect(madeBy(line)).toEqual(['reversed-pieces']);
  });

  it('is not glued where only the word list knows the word: the list makes words of almost anything', () => {
    const line = at(ordered('report-word-glue.txt', listed), 3);
    expect(line.text).not.toBe(line25);
    expect(madeBy(line)).toEqual([]);
  });

  it('never glues a third piece into a word only the list knows, or into no word', () => {
    expect(mayGlueThirdPiece(2)).toBe(true);
    expect(mayGlueThirdPiece(1)).toBe(false);
    expect(mayGlueThirdPiece(0)).toBe(false);
    // «وُض» + «عض» + «عت»: the list knows «وُضعضعت», the report does not (line 270 of seed 7's synthetic check).
    const judge = new WordJudge(new Vocabulary(['على الممارسات التي وُضعت للتصدي لها']), wordListOf(['وضعضعت', 'عض']));
    const atoms = atomsOf(tokensOfSource('عت للتصدي لها على الممارسات التي  عض وُض'), (word) => judge.isWord(word));
    const readings = searchReadings(atoms, { strength: (word, made) => judge.strength(word, made), accepts: () => true, maxPieces: 4, minPieces: 3 }).readings;
    expect(readings.filter((reading) => reading.includes('وُضعضعت'))).toEqual([]);
  });
});

describe('a weak word starting a reading in three pieces or more', () => {
  const listed = wordListOf(['قدراتها', 'بشكل', 'خاص', 'بالا']);

  it('stands where a space follows it inside its piece: the printed line starts there (line 25)', () => {
    expect(at(ordered('report-word-glue.txt', listed, ['المتعلقة بالاتِّجار بالأشخاص']), 3).text).toBe(line25);
    expect(weakFirstWordStands(2)).toBe(true);
  });

  it('is refused alone in its piece: nothing shows where it ends', () => {
    // The same words with «قدراتها» cut off as a piece of its own at the source's end.
    const line = at(ordered('report-word-glue.txt', listed, ['المتعلقة بالاتِّجار بالأشخاص']), 6);
    expect(line.text).toBe(line.source.trim());
    expect(madeBy(line)).toEqual([]);
    expect(weakFirstWordStands(1)).toBe(false);
  });
});

describe('a weak word after a report word where the source shows both cuts (line 127)', () => {
  const listed = wordListOf(['يشمل', 'يستفيدون', 'ماليا', 'المرتبطين']);

  it('stands: «… بما  في» and «ا.يشمل …» are cuts the reading did not choose', () => {
    const line = at(ordered('shown-cuts-join.txt', listed), 3);
    expect(line.text).toBe('في أمر جميع الأفراد المرتبطين بالاتِّجار بالأشخاص، بما يشمل من يستفيدون منه ماليًّا.');
    expect(madeBy(line)).toEqual(['reversed-pieces']);
  });

  it('is refused where the cut after the report word is a single space the reading chose', () => {
    const line = at(ordered('shown-cuts-join.txt', listed), 6);
    expect(line.text).toBe(line.source.trim());
    expect(madeBy(line)).toEqual([]);
  });

  it('needs a report word before, both cuts shown, and a space after the weak word in its piece', () => {
    const join = { beforeStrength: 2, beforeShown: true, afterShown: true, wordsInItsPiece: 4 } as const;
    expect(weakWordAfterShownJoin(join)).toBe(true);
    expect(weakWordAfterShownJoin({ ...join, beforeStrength: 1 })).toBe(false);
    expect(weakWordAfterShownJoin({ ...join, beforeShown: false })).toBe(false);
    expect(weakWordAfterShownJoin({ ...join, afterShown: false })).toBe(false);
    expect(weakWordAfterShownJoin({ ...join, wordsInItsPiece: 1 })).toBe(false);
  });
});
