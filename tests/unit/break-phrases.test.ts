/**
 * Where a line cut in two starts, read from the word pairs across its breaks
 * (src/ingest/break-phrases.ts). The line is the report's line 274 as extracted (paragraph 17:
 * «… كما شدَّدت على موحَّدة توفر معلوم» + «ات واضحة …», cut inside «معلومات», halves swapped):
 * every turn of its words reads on, and only «على» then «ضرورة», which starts the next line and
 * which line 218 prints («وسلَّطوا الضوء على ضرورة ضمان …»), says where it starts. The expected
 * reading is the published line, not program output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fewestWords, hasAttestedBreak, mostPartners, PhraseBook, readingByBreakPhrases, type BreakWords } from '../../src/ingest/break-phrases';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { readingOrderPasses } from '../../src/ingest/passes/index';
import { normalizeLines, normalizeText } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';
import { runReadingOrderPasses } from '../../src/ingest/passes/reading-order-pass';
import { atomsOf, tokensOfSource, type SearchRules } from '../../src/ingest/reading-search';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { isReportWord } from '../../src/ingest/weak-run-cuts';
import { WordJudge, wordListOf } from '../../src/ingest/word-list';

// Source line 274 as extracted, and as published.
const extracted = normalizeText('ات واضــحة عن الحقوق والرواتب والأدوار والمســؤوليات. كما شــدَّدت على موحَّدة توفر معلوم');
const published = 'موحَّدة توفر معلومات واضحة عن الحقوق والرواتب والأدوار والمسؤوليات. كما شدَّدت على';
// The words across its breaks: line 272 ends «… عقود عمل», line 275 starts «ضرورة تدريب …».
const breaks = { before: 'عمل', after: 'ضرورة' };
// Line 218, as published: it prints «على ضرورة».
const line218 = 'بالأشخاص، وسلَّطوا الضوء على ضرورة ضمان توجيه الجهود إلى مكافحة الإفلات من العقاب.';
// Lines 271 and 272: the line's neighbours in paragraph 17.
const lines271And272 = ['لهذه المسألة، ومنها الممارسات التي تُشرك الموظفين القنصليين وتتعلق بكيفية إسهامهم في منع', 'الاتِّجار بالأشخاص. وشدَّدت على أهمية إنشاء آليات رقابية، والحاجة إلى وضع عقود عمل'];

// The line's words count as the report's (as they do when other lines print them); their order
// here, reversed, makes none of the pairs a turn of the line could use.
const judge = new WordJudge(new Vocabulary([published.split(' ').reverse().join(' '), line218, ...lines271And272]), wordListOf([]));
const atoms = atomsOf(tokensOfSource(extracted), (word) => judge.isWord(word), new Set(), { isSure: isReportWord(judge) });
// Every reading that keeps the characters and makes words reads on here (no sentence rule asked),
// and the extracted order is ruled out (the line does not end with the space before the next).
const rules: SearchRules = { strength: (word, made) => judge.strength(word, made), accepts: () => true, maxPieces: 4, minPieces: 2 };
// The rest of a report long enough for partner counts to tell a preposition from a noun: words
// that share no letter with the lines here («qa qb …»), so they make no pair of their own.
const latin = 'abcdefghijklmnopqrstuvwxyz';
const rest = Array.from({ length: fewestWords }, (_, index) => `q${latin[Math.floor(index / 26) % 26]}${latin[index % 26]}`).join(' ');
const book = (...texts: string[]) => new PhraseBook([...texts, rest]);
const decide = (phrases: PhraseBook, around: BreakWords = breaks) => readingByBreakPhrases(atoms, () => atoms, rules, 2, around, phrases);

describe('the word pairs a report prints', () => {
  const phrases = new PhraseBook([line218, ...lines271And272]);

  it('are compared by their letters, marks and punctuation aside', () => {
    expect(phrases.attests('على', 'ضرورة')).toBe(true);
    expect(phrases.attests('عَلى', 'ضرورةٍ،')).toBe(true);
    expect(phrases.attests('ضرورة', 'على')).toBe(false);
  });

  it('never count the line weighed, in whatever order its pieces stand', () => {
    const withLine = new PhraseBook([line218, published]);
    expect(withLine.attests('موحَّدة', 'توفر')).toBe(true);
    expect(withLine.without(extracted).attests('موحَّدة', 'توفر')).toBe(false);
    expect(withLine.without(extracted).attests('على', 'ضرورة')).toBe(true);
  });

  it('count a copy of a line once', () => {
    const twice = new PhraseBook([line218, line218]);
    expect(twice.without(line218).attests('على', 'ضرورة')).toBe(false);
  });

  it('tell a word that meets few others from a preposition that meets many', () => {
    expect(phrases.partnersOf('ضرورة', 'before')).toBe(1);
    const many = new PhraseBook(['من الضحايا', 'من الدول', 'من أجل', 'من خلال', 'من العقاب']);
    expect(many.partnersOf('من', 'after')).toBe(5);
    expect(many.partnersOf('من', 'after')).toBeGreaterThan(mostPartners);
  });
});

describe('a pair across a break', () => {
  const phrases = new PhraseBook([line218, 'بما في ذلك', 'ينبغي في سلاسل التوريد']);

  it('is evidence where the report prints it and the neighbour meets few words', () => {
    expect(hasAttestedBreak(published.split(' '), breaks, phrases)).toBe(true);
    expect(hasAttestedBreak(published.split(' '), { before: 'عمل' }, phrases)).toBe(false);
  });

  it('is none where the neighbour meets many words: some turn of any line would have one by chance', () => {
    const common = new PhraseBook([line218, 'على أهمية', 'على نحو', 'على الحاجة', 'على المستوى']);
    expect(common.partnersOf('على', 'after')).toBeGreaterThan(mostPartners);
    // «ضرورة» still meets one word before it: the pair at the line's end still counts.
    expect(hasAttestedBreak(published.split(' '), breaks, common)).toBe(true);
    expect(hasAttestedBreak(['ضرورة', 'ضمان'], { before: 'على' }, common)).toBe(false);
  });

  it('is none where the reading holds the same pair itself (line 91: «في» before, «بما في ذلك» inside)', () => {
    const turned = 'ذلك حظر رسوم سلاسل التوريد العالمية" عند وضع أو تعديل سياساتها بشأن الاشتراء العمومي، بما في'.split(' ');
    expect(hasAttestedBreak(turned, { before: 'في' }, phrases)).toBe(false);
    const published91 = 'سلاسل التوريد العالمية" عند وضع أو تعديل سياساتها بشأن الاشتراء العمومي، بما في ذلك حظر رسوم'.split(' ');
    expect(hasAttestedBreak(published91, { before: 'في' }, phrases)).toBe(true);
  });
});

describe('the one reading with evidence at its breaks', () => {
  it('is taken where no other reading has any (line 274: «على» then «ضرورة»)', () => {
    expect(decide(book(line218, ...lines271And272))).toBe(published);
  });

  it('is not taken without the pair: every turn reads on, and nothing says where the line starts', () => {
    expect(decide(book(...lines271And272))).toBeUndefined();
    expect(decide(book(line218), {})).toBeUndefined();
  });

  it('is not taken where a second reading has evidence too', () => {
    // «عمل توفر» printed somewhere: the turn that starts at «توفر» has evidence as well.
    expect(decide(book(line218, 'عمل توفر'))).toBeUndefined();
  });

  it('is not taken where the report prints the pair it cuts apart: the line may run on there', () => {
    expect(decide(book(line218, 'على موحَّدة'))).toBeUndefined();
  });

  it('is not taken where the neighbour\'s word meets many words in the report', () => {
    // «ضرورة» after four more words: «على ضرورة» is then one pair of many.
    const common = book(line218, 'إلى ضرورة', 'أهمية ضرورة', 'بشأن ضرورة', 'حول ضرورة');
    expect(common.partnersOf('ضرورة', 'before')).toBe(5);
    expect(decide(common)).toBeUndefined();
  });

  it('is not taken in a text too short for partner counts to tell a preposition from a noun', () => {
    expect(new PhraseBook([line218, ...lines271And272]).vocabularySize).toBeLessThan(fewestWords);
    expect(decide(new PhraseBook([line218, ...lines271And272]))).toBeUndefined();
  });

  it('is never a reading of three pieces or more, nor one where the fewest pieces are not two', () => {
    expect(readingByBreakPhrases(atoms, () => atoms, rules, 3, breaks, book(line218))).toBeUndefined();
    expect(readingByBreakPhrases(atoms, () => atoms, rules, 1, breaks, book(line218))).toBeUndefined();
  });
});

describe('the passes on paragraph 10 (source lines 192-196)', () => {
  const source = readFileSync(new URL('../../content/source/V1909259-ar.txt', import.meta.url), 'utf8').split('\n').slice(191, 196).join('\n');
  const published195 = 'عن إنفاذ قانون العمل من القيام بالمزيد عندما يكتشفون انتهاكات محتملة لقانون العمل. وذُكرت';
  // The paragraph's published words stand for the rest of the report, in reversed order: they
  // make words of the pieces, and none of the pairs a turn of line 195 could use.
  const paragraph10 = 'ونوَّه أحد المتكلمين بأهمية بناء قدرات السلطة القضائية، في حين أشارت متكلمة أخرى إلى تدريب الموظفين المسؤولين عن العمالة والحاجة إلى تحسين التشريعات بهدف تمكين المسؤولين عن إنفاذ قانون العمل من القيام بالمزيد عندما يكتشفون انتهاكات محتملة لقانون العمل. وذُكرت أيضا الحاجة إلى بناء قدرات القطاع الفندقي من أجل تبيُّن ضحايا الاتِّجار بالأشخاص.';
  const reversed = paragraph10.split(' ').reverse().join(' ');
  const run = (moreText: string[]) => {
    const lines = classifyLines(normalizeLines(readLines(`${source}\n`).lines));
    const done = runReadingOrderPasses(lines, readingOrderPasses, undefined, undefined, wordListOf([]), moreText, { paragraph: ['ونوَّه', 'وأشار', 'وسلَّط'] }, true);
    return done.find((line) => line.lines[0] === 4)!;
  };

  it('put line 195 back where line 194, put in order first, prints «المسؤولين عن»', () => {
    const line = run([reversed, rest]);
    expect(line.text).toBe(published195);
    expect(line.changes.map((change) => change.name)).toEqual(['swapped-halves']);
  });

  it('refuse it where the report also prints «المسؤولين» before another word of the line', () => {
    const line = run([reversed, rest, 'المسؤولين إنفاذ']);
    expect(line.text).not.toBe(published195);
    expect(line.changes).toEqual([]);
    expect(line.undecided?.pass).toBe('swapped-halves');
  });
});
