/**
 * A reading weighed by the report's phrases at every join and cut (src/ingest/phrase-evidence.ts).
 * The line is the report's line 91 as extracted (recommendation 25: «" عند وضع … حظر رسوم
 * سلاسل التوريد العالمية», cut in two at a single space, halves swapped): every turn of its
 * words reads on (16 of them), «في» ends the line before (line 89) and «استقدام» starts the line
 * after (line 92). The expected reading is the published line, not program output; the phrases
 * are real lines of the report that print them (80, 92 and 106 print «في سلاسل», 100 «رسوم استقدام»).
 */
import { describe, expect, it } from 'vitest';
import { fewestWords, PhraseBook, type BreakWords } from '../../src/ingest/break-phrases';
import { normalizeText } from '../../src/ingest/passes/normalize';
import { evidenceOf, margin, pairCounts, punctuationBetween, readingByPhraseEvidence, type EvidenceSearch } from '../../src/ingest/phrase-evidence';
import { atomsOf, searchReadings, tokensOfSource, type SearchRules } from '../../src/ingest/reading-search';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { isReportWord } from '../../src/ingest/weak-run-cuts';
import { WordJudge, wordListOf } from '../../src/ingest/word-list';

// Source line 91 as extracted, and as published.
const extracted = normalizeText('" عند وضع أو تعديل سياساتها بشأن الاشتراء العمومي، بما في ذلك حظر رسوم سلاسل التوريد العالمية');
const published = 'سلاسل التوريد العالمية" عند وضع أو تعديل سياساتها بشأن الاشتراء العمومي، بما في ذلك حظر رسوم';
const breaks: BreakWords = { before: 'في', after: 'استقدام' };
// Lines of the report that print the pairs the published reading makes across its breaks.
const line80 = 'والتصدي له في سلاسل التوريد الخاصة بها، من قبيل مراجعة ممارسات الاشتراء التي تعتمدها.';
const line92 = 'استقدام الموظفين المفروضة على العمال، بغرض منع الاتِّجار بالبشر في سلاسل التوريد الخاصة بها.';
const line106 = 'استحداث الأدوات اللازمة لتحسين التصدي للاتِّجار بالأشخاص في سلاسل التوريد.';
const line100 = 'المهاجرين أكثر عرضة للسخرة، ومنها على سبيل المثال رسوم استقدام الموظفين التي يدفعها العمال.';
// «في» as the report prints it: before dozens of words (five here, more than a noun meets).
const inMany = ['في إطار', 'في حين', 'في مجال', 'في منع', 'في تقديم'];

// The line's words count as the report's; their order here, reversed, makes none of the pairs
// a turn of the line could use.
const judge = new WordJudge(new Vocabulary([published.split(' ').reverse().join(' ')]), wordListOf([]));
const tokens = tokensOfSource(extracted);
const atoms = atomsOf(tokens, (word) => judge.isWord(word), new Set(), { isSure: isReportWord(judge) });
// Every reading that keeps the characters and makes words reads on here (no sentence rule
// asked), and the extracted order is ruled out.
const rules: SearchRules = { strength: (word, made) => judge.strength(word, made), accepts: () => true, maxPieces: 4, minPieces: 2 };
const words = tokens.map((token) => token.text);
const allTurns = (reading: string) => {
  const of = reading.split(' ');
  return of.map((_, start) => [...of.slice(start), ...of.slice(0, start)].join(' ')).slice(1).filter((turn) => turn !== words.join(' '));
};
const search: EvidenceSearch = { atoms, rivalAtoms: () => atoms, rules, extracted: words, turnsReadingOn: allTurns };
// What the rules leave: the turns in two pieces, which none of them can choose between.
const turns = searchReadings(atoms, { ...rules, maxPieces: 2 });
// The rest of a report long enough for partner counts to tell a preposition from a noun: words
// that share no letter with the lines here («qa qb …»), so they make no pair of their own.
const latin = 'abcdefghijklmnopqrstuvwxyz';
const rest = Array.from({ length: fewestWords }, (_, index) => `q${latin[Math.floor(index / 26) % 26]}${latin[index % 26]}`).join(' ');
const book = (...texts: string[]) => new PhraseBook([...texts, ...inMany, rest]).without(extracted);
const decide = (phrases: PhraseBook, around: BreakWords = breaks, atLeast = margin) => readingByPhraseEvidence(turns.readings, turns.pieces, search, around, phrases, atLeast);

describe('the line weighed', () => {
  it('has turns the rules cannot choose between, the published one among them', () => {
    expect(turns.pieces).toBe(2);
    expect(turns.readings.length).toBeGreaterThan(10);
    expect(turns.readings).toContain(published);
  });
});

describe('the evidence of a reading', () => {
  const phrases = book(line80, line92, line106, line100);

  it('counts the pairs it makes across its breaks that the report prints', () => {
    expect(evidenceOf(published.split(' '), words, breaks, phrases)).toEqual({ score: 2, made: ['في سلاسل', 'رسوم استقدام'], parted: [] });
  });

  it('takes off the pairs of the extracted line it parts that the report prints', () => {
    // Turned at «التوريد»: «سلاسل التوريد», side by side in the extracted line, parted.
    const atTawrid = 'التوريد العالمية" عند وضع أو تعديل سياساتها بشأن الاشتراء العمومي، بما في ذلك حظر رسوم سلاسل';
    expect(evidenceOf(atTawrid.split(' '), words, breaks, phrases)).toEqual({ score: -1, made: [], parted: ['سلاسل التوريد'] });
  });

  it('gains nothing from a pair across a break that it parts inside (turned at «ذلك» after «في»)', () => {
    const atDhalik = 'ذلك حظر رسوم سلاسل التوريد العالمية" عند وضع أو تعديل سياساتها بشأن الاشتراء العمومي، بما في';
    expect(evidenceOf(atDhalik.split(' '), words, { before: 'في' }, book('بما في ذلك', 'في ذلك'))).toMatchObject({ score: 0 });
  });

  it('counts a pair at a join inside the line where two words meet that the extracted line parted', () => {
    // Two pieces of «سلاسل التوريد» line up again: the join makes the pair.
    expect(evidenceOf(['سلاسل', 'التوريد', 'العالمية'], ['التوريد', 'العالمية', 'سلاسل'], {}, book(line80, line106))).toEqual({ score: 1, made: ['سلاسل التوريد'], parted: [] });
  });

  it('parts nothing where the reading glued a piece onto a word, and makes the pair of whole words', () => {
    // Extracted «ال» … «أكثر عرضة», read «الأكثر عرضة»: «أكثر» and «عرضة» still meet, and the
    // whole word makes «الأكثر عرضة», which the report prints.
    const phrases = book('الأكثر عرضة للخطر', 'أكثر عرضة للخطر');
    const glued = evidenceOf(['الأفراد', 'الأكثر', 'عرضة'], ['أكثر', 'عرضة', 'الأفراد', 'ال'], {}, phrases);
    expect(glued.parted).toEqual([]);
    expect(glued.made).toHaveLength(1);
    expect(glued.score).toBe(1);
    // Read apart, the reading parts them.
    expect(evidenceOf(['عرضة', 'الأفراد', 'الأكثر'], ['أكثر', 'عرضة', 'الأفراد', 'ال'], {}, phrases).parted).toEqual(['أكثر عرضة']);
  });

  it('makes no pair where it cut a piece off a word the extracted line already had beside the other (synthetic seed 4, line 39)', () => {
    // Extracted «لطينبغي للدول»: «ينبغي» already stood before «للدول», a piece glued on its outer
    // side. Cutting «لط» off meets nothing new there, though the report prints «ينبغي للدول».
    const phrases = book('ينبغي للدول الأعضاء', 'ينبغي للدول أن');
    const cut = evidenceOf(['ينبغي', 'للدول', 'والامتثال', 'لطلبات'], ['لبات', 'لطينبغي', 'للدول', 'والامتثال'], {}, phrases);
    expect(cut.made).toEqual([]);
    expect(cut.score).toBe(0);
    // The same pair where the extracted line did not have the two words side by side is made.
    expect(evidenceOf(['ينبغي', 'للدول', 'والامتثال'], ['للدول', 'والامتثال', 'ينبغي'], {}, phrases).made).toEqual(['ينبغي للدول']);
  });

  it('does not count a pair with punctuation between its words: a closed quotation is no phrase running on', () => {
    expect(punctuationBetween('رسوم"', 'استقدام')).toBe(true);
    expect(punctuationBetween('رسوم', 'استقدام')).toBe(false);
    const quoteMoved = 'سلاسل التوريد العالمية عند وضع أو تعديل سياساتها بشأن الاشتراء العمومي، بما في ذلك حظر رسوم"';
    expect(evidenceOf(quoteMoved.split(' '), words, breaks, phrases).made).toEqual(['في سلاسل']);
  });
});

describe('a pair with a common word', () => {
  it('counts once printed where the word meets few words on that side', () => {
    expect(pairCounts('رسوم', 'استقدام', book(line100), 'second')).toBe(true);
  });

  it('does not count printed once after a word that meets many: chance makes such pairs', () => {
    const once = book(line80);
    expect(once.partnersOf('في', 'after')).toBeGreaterThan(3);
    expect(pairCounts('في', 'سلاسل', once, 'first')).toBe(false);
  });

  it('counts printed twice or more, whatever the word', () => {
    expect(pairCounts('في', 'سلاسل', book(line80, line106), 'first')).toBe(true);
  });
});

describe('the reading with the most evidence', () => {
  it('is taken where it leads every rival (line 91: «في سلاسل» and «رسوم استقدام»)', () => {
    expect(decide(book(line80, line92, line106, line100))).toBe(published);
  });

  it('is not taken on one pair that readings in three pieces make as well', () => {
    // «رسوم استقدام» alone: a reading in three pieces that also ends at «رسوم» has as much.
    expect(evidenceOf(published.split(' '), words, breaks, book(line100)).score).toBe(1);
    expect(decide(book(line100))).toBeUndefined();
  });

  it('is not taken on a chance pair with a common word («في سلاسل» printed once)', () => {
    expect(decide(book(line80), { before: 'في' })).toBeUndefined();
  });

  it('is not taken where another turn has as much evidence (a tie)', () => {
    // «بشأن استقدام» printed: the turn that ends at «بشأن» makes a pair of its own at the break after.
    expect(decide(book(line100, 'بشأن استقدام'))).toBeUndefined();
  });

  it('is not taken where it leads by less than the margin asked', () => {
    // Two pairs for the published turn; a reading in three pieces that starts at «سلاسل» (or
    // ends at «رسوم») has one: a lead of one, enough at a margin of one, not at two.
    const phrases = book(line80, line106, line100);
    expect(decide(phrases, breaks, 1)).toBe(published);
    expect(decide(phrases, breaks, 2)).toBeUndefined();
  });

  it('is not taken where a word it glued is one only the word list knows: pairs say nothing of how a word is glued', () => {
    // «العالمية"» is glued from «العالمية» and the lone «"»; were it a word of the list alone, the
    // evidence of the pairs would not carry it.
    const listOnly = (word: string, made: boolean) => (made && word === 'العالمية"' ? 1 : judge.strength(word, made));
    const weakGlue = { ...search, rules: { ...rules, strength: listOnly } };
    expect(readingByPhraseEvidence(turns.readings, turns.pieces, weakGlue, breaks, book(line80, line92, line106, line100))).toBeUndefined();
  });

  it('is not taken without evidence: no pair printed, nothing says where the line starts', () => {
    expect(decide(book())).toBeUndefined();
    expect(decide(book(line80, line106, line100), {})).toBeUndefined();
  });

  it('never counts the line weighed, nor a copy of it: its extracted pairs part nothing the report prints', () => {
    // A copy of the line as extracted prints «رسوم سلاسل», which the published turn parts.
    expect(new PhraseBook([extracted, rest]).timesPrinted('رسوم', 'سلاسل')).toBe(1);
    expect(decide(book(line80, line106, line100, extracted))).toBe(published);
  });

  it('is not taken in a text too short for partner counts to tell a preposition from a noun', () => {
    const short = new PhraseBook([line80, line106, line100]);
    expect(short.vocabularySize).toBeLessThan(fewestWords);
    expect(decide(short)).toBeUndefined();
  });
});
