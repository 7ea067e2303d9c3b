/**
 * A line turned round with a run of pieces reversed inside it (src/ingest/turned-run-reversed.ts):
 * the reading is found for the report's lines 153, 240 and 243, and it is a rival to the one
 * reversal of pieces that reads line 240 (the published words turned round). A line cut in two at single spaces between words has no such reading: the rule makes
 * no rival of every shuffle of words. Expected texts are the report's published lines.
 */
import { describe, expect, it } from 'vitest';
import { atomsOf, searchReadings, tokensOfSource } from '../../src/ingest/reading-search';
import { turnedRunReadings, turnedRunRival } from '../../src/ingest/turned-run-reversed';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { WordJudge, wordListOf } from '../../src/ingest/word-list';

/** The line's readings of this shape, its words judged against `reportText` and a word list of `listed`. */
function readingsOf(source: string, reportText: string[], listed: string[] = []) {
  const judge = new WordJudge(new Vocabulary(reportText), wordListOf(listed));
  const atoms = atomsOf(tokensOfSource(source), (word) => judge.isWord(word));
  return turnedRunReadings(atoms, { strength: (word, made) => judge.strength(word, made), accepts: () => true });
}

const lines = {
  153: {
    source: 'ــالحرص الواجــب على نحو محــدد لتقييم المخــاطر، وتحــديــد الم ــة، والالتزام ب جــالات ذات الأولوي',
    published: 'لتقييم المخاطر، وتحديد المجالات ذات الأولوية، والالتزام بالحرص الواجب على نحو محدد',
  },
  240: {
    source: 'ـــــا والمغرب، وهو ما مكَّن من الدولي ـــــتركة، ومن ذلك التعاون مع النمس  والثنائي في العمليات المش',
    published: 'الدولي والثنائي في العمليات المشتركة، ومن ذلك التعاون مع النمسا والمغرب، وهو ما مكَّن من',
  },
  243: {
    source: 'ية (المتاح قة في الوحدات المحل ية ومدعومة بالث عة ومزوَّدة بموارد كاف ة على مدار منتظمة وســــــري',
    published: 'منتظمة وسريعة ومزوَّدة بموارد كافية ومدعومة بالثقة في الوحدات المحلية (المتاحة على مدار',
  },
};

describe('a line turned round with a run of pieces reversed', () => {
  for (const [number, { source, published }] of Object.entries(lines)) {
    it(`finds line ${number}'s published reading among its readings`, () => {
      const found = readingsOf(source, [published]);
      expect(found.exhausted).toBe(false);
      expect(found.readings).toContain(published);
    });
  }

  it('finds none in a line cut in two at a single space between whole words', () => {
    const published = 'ينبغي للدول الأعضاء النظر في تقديم الدعم للمجتمع المدني والمنظمات غير الحكومية للمساعدة في بناء';
    const found = readingsOf('المدني والمنظمات غير الحكومية للمساعدة في بناء ينبغي للدول الأعضاء النظر في تقديم الدعم للمجتمع', [published]);
    expect(found).toEqual({ readings: [], exhausted: false });
  });

  it('is a rival to the one reversal of pieces that reads line 240, which is wrong', () => {
    const { source, published } = lines[240];
    const judge = new WordJudge(new Vocabulary([published]), wordListOf([]));
    const atoms = atomsOf(tokensOfSource(source), (word) => judge.isWord(word));
    const rules = { strength: (word: string, made: boolean) => judge.strength(word, made), accepts: () => true, maxPieces: 4 };
    // The search of reversed pieces finds one reading: the published words turned round.
    const reversed = searchReadings(atoms, rules).readings;
    expect(reversed).toEqual(['والثنائي في العمليات المشتركة، ومن ذلك التعاون مع النمسا والمغرب، وهو ما مكَّن من الدولي']);
    expect(turnedRunRival(atoms, rules, reversed[0]!)).toBeDefined();
    expect(turnedRunReadings(atoms, rules, reversed[0]!).readings).toContain(published);
    // Were the line's start known (as a unit's opener or a sentence's end would show it), the
    // rival of the reversed reading is the published one, and the published one has none.
    const startsAtItsFirstWord = { ...rules, accepts: (words: readonly string[]) => words[0] === 'الدولي' };
    expect(turnedRunRival(atoms, startsAtItsFirstWord, reversed[0]!)).toBe(published);
    expect(turnedRunRival(atoms, startsAtItsFirstWord, published)).toBeUndefined();
  });
  // The synthetic check's lines of this shape that the search of reversed pieces alone put back
  // wrong (seed 1, line 188; seed 2, line 87): the wrong reading has the published one as a rival.
  const putBackWrong = [
    {
      damaged: 'تدريب. عدَّة متكلمين بدور ال  ذا ال مكتب في تقديم ه',
      wrong: 'مكتب في تقديم هذا العدَّة متكلمين بدور التدريب.',
      published: 'عدَّة متكلمين بدور المكتب في تقديم هذا التدريب.',
    },
    {
      damaged: 'المنظمات الدولية. بالبشر ومخاطره في سياق سل  صة ب اسل التوريد الخا',
      wrong: 'اسل التوريد الخاصة بسل بالبشر ومخاطره في سياق المنظمات الدولية.',
      published: 'بالبشر ومخاطره في سياق سلاسل التوريد الخاصة بالمنظمات الدولية.',
    },
  ];
  for (const { damaged, wrong, published } of putBackWrong) {
    it(`is a rival to «${wrong}», a reading of reversed pieces`, () => {
      const judge = new WordJudge(new Vocabulary([published]), wordListOf(['العدة', 'اسل', 'بسل']));
      const atoms = atomsOf(tokensOfSource(damaged), (word) => judge.isWord(word));
      const rules = { strength: (word: string, made: boolean) => judge.strength(word, made), accepts: () => true };
      expect(turnedRunReadings(atoms, rules, wrong).readings).toContain(published);
      expect(turnedRunRival(atoms, rules, wrong)).toBeDefined();
    });
  }
});
