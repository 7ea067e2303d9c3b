/**
 * Rules that keep the piece-order passes from taking a reading they cannot prove unique, each
 * found by a wrong line of the synthetic check at some seed: an opener as common as «في» proves
 * no unit's start (src/ingest/distinctive-opener.ts); the article takes no verb, particle or
 * second article (src/ingest/article-prefix.ts); a word only the list knows may be two pieces
 * glued (src/ingest/weak-run-cuts.ts); a reading with fewer pieces that only an unknown word
 * rules out is a rival (src/ingest/unknown-words.ts); a line started at its shown seam
 * opens with a word (src/ingest/shown-seam-start.ts). Texts are the report's published lines
 * and their synthetic damage; expected readings are the published text, not program output.
 */
import { describe, expect, it } from 'vitest';
import { holdsArticle, articleMayTake } from '../../src/ingest/article-prefix';
import { provesUnitStart } from '../../src/ingest/distinctive-opener';
import { atomsOf, searchReadings, tokensOfSource, type SearchRules } from '../../src/ingest/reading-search';
import { readingAtShownSeam } from '../../src/ingest/shown-seam-start';
import { fewerPiecesWithUnknownWords } from '../../src/ingest/unknown-words';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { isReportWord, reportWordsCut } from '../../src/ingest/weak-run-cuts';
import { WordJudge, wordListOf } from '../../src/ingest/word-list';

const rulesOf = (judge: WordJudge, accepts: (words: readonly string[]) => boolean = () => true, maxPieces = 4): SearchRules => ({
  strength: (word, made) => judge.strength(word, made),
  accepts,
  maxPieces,
});

describe('a unit opener proves a start only where it mostly opens units', () => {
  it('takes the report\'s openers and not a preposition that opens one unit', () => {
    // This report: «ينبغي» opens 22 units and occurs 24 times, «وأشار» 4 and 9, «في» 1 and 64.
    expect(provesUnitStart(22, 24)).toBe(true);
    expect(provesUnitStart(4, 9)).toBe(true);
    expect(provesUnitStart(1, 4)).toBe(true);
    expect(provesUnitStart(1, 64)).toBe(false);
    expect(provesUnitStart(1, 5)).toBe(false);
  });
});

describe('the article before a report word', () => {
  const report = new Vocabulary(['ينبغي للدول الأعضاء النظر في دعم الدول', 'دور المكتب في تقديم هذا التدريب']);

  it('takes a word the report prints with the article, or bare where the word list knows the whole form', () => {
    const judge = new WordJudge(report, wordListOf(['بالدور']));
    expect(judge.strength('للدول', false)).toBe(2);
    expect(judge.strength('والنظر', false)).toBe(2);
    // «دور» is printed bare only; the list knows «بالدور».
    expect(judge.strength('بالدور', false)).toBe(2);
  });

  it('takes no verb or particle the report prints bare, and never a second article', () => {
    const judge = new WordJudge(report, wordListOf([]));
    expect(judge.strength('الينبغي', true)).toBe(0);
    expect(judge.strength('للالنظر', true)).toBe(0);
    expect(judge.strength('بالدور', false)).toBe(0);
    expect(holdsArticle('وال') && holdsArticle('لل') && !holdsArticle('و')).toBe(true);
    expect(articleMayTake('النظر')).toBe(false);
  });
});

describe('a word only the list knows, glued from pieces', () => {
  const report = new Vocabulary(['ينبغي للدول الأعضاء النظر في التشاور مع ضحايا الاتِّجار أو الأعضاء']);
  // Debian's list takes «أو» before almost any word (the question particle with و).
  const judge = new WordJudge(report, wordListOf(['أونظر', 'أوأعضاء', 'أوضحايا', 'التشاور']));
  const isWord = (word: string) => judge.isWord(word);

  it('is cut where it is two report words glued, and stays whole otherwise', () => {
    expect(reportWordsCut('أونظر', isReportWord(judge))).toBe(2);
    expect(reportWordsCut('التشاور', isReportWord(judge))).toBeUndefined();
    const atoms = atomsOf(tokensOfSource('الجنسي أونظر في'), isWord, new Set(), { isSure: isReportWord(judge) });
    expect(atoms.map((atom) => atom.text)).toEqual(['الجنسي', 'أو', 'نظر', 'في']);
    // Without the rule the run is one atom: no reading can cut it.
    expect(atomsOf(tokensOfSource('الجنسي أونظر في'), isWord).map((atom) => atom.text)).toEqual(['الجنسي', 'أونظر', 'في']);
    // A report word is never cut.
    expect(atomsOf(tokensOfSource('النظر'), isWord, new Set(), { isSure: isReportWord(judge) }).map((atom) => atom.text)).toEqual(['النظر']);
  });

  it('may still be read whole: the cut is the search\'s to choose', () => {
    const atoms = atomsOf(tokensOfSource('أونظر'), isWord, new Set(), { isSure: isReportWord(judge) });
    expect(searchReadings(atoms, rulesOf(judge, () => true, 1)).readings).toEqual(['أونظر']);
  });

  it('is cut anywhere a run that is no word would be when rivals are looked for («بالبشر» + «ات»)', () => {
    const listed = new WordJudge(new Vocabulary(['لمنع الاتِّجار بالبشر في']), wordListOf(['بالبشرات']));
    const whole = atomsOf(tokensOfSource('بالبشرات'), (word) => listed.isWord(word), new Set(), { isSure: isReportWord(listed) });
    expect(whole.map((atom) => atom.text)).toEqual(['بالبشرات']);
    const rivals = atomsOf(tokensOfSource('بالبشرات'), (word) => listed.isWord(word), new Set(), { isSure: isReportWord(listed), anywhere: true });
    expect(rivals.map((atom) => atom.text)).toEqual(['بالبشر', 'ات']);
  });
});

describe('a reading with fewer pieces ruled out only by a word nobody knows', () => {
  // Line 104 of the report, its halves swapped at a run of spaces. «السياساتية» is printed on this line only.
  const published = 'ينبغي للدول الأعضاء مواءمة الأطر السياساتية وبناء شبكة من أصحاب المصلحة من أجل';
  const damaged = 'الأعضاء مواءمة الأطر السياساتية وبناء شبكة من أصحاب المصلحة من أجل  ينبغي للدول';
  const report = new Vocabulary(['ينبغي للدول الأعضاء مواءمة الأطر السياسات الدولية وبناء شبكة من أصحاب المصلحة من أجل']);
  const judge = new WordJudge(report, wordListOf([]));
  const startsRight = (words: readonly string[]) => words[0] === 'ينبغي';
  const tokens = tokensOfSource(damaged);
  const atoms = atomsOf(tokens, (word) => judge.isWord(word));

  it('is a rival: the reading in three pieces that cuts «السياساتية» apart is not taken', () => {
    const rules = rulesOf(judge, startsRight, 5);
    const found = searchReadings(atoms, rules);
    // The one reading the search finds glues «ية» to «للدول»: wrong.
    expect(found.readings).toHaveLength(1);
    expect(found.readings[0]).not.toBe(published);
    expect(fewerPiecesWithUnknownWords(atoms, rules, found, tokens)).toBe(true);
  });

  it('is no rival where every word of the source is known', () => {
    const knowing = new WordJudge(report, wordListOf(['السياساتية']));
    const known = atomsOf(tokens, (word) => knowing.isWord(word));
    const rules = rulesOf(knowing, startsRight, 5);
    const found = searchReadings(known, rules);
    expect(found.readings).toEqual([published]);
    expect(fewerPiecesWithUnknownWords(known, rules, found, tokens)).toBe(false);
  });

  it('counts no run of two words glued where pieces met («زلي» + «التركيز»)', () => {
    const listed = new WordJudge(new Vocabulary(['مع التركيز على منع الاستعباد']), wordListOf(['زلي']));
    const source = 'زليالتركيز على منع';
    const glued = atomsOf(tokensOfSource(source), (word) => listed.isWord(word));
    const rules = rulesOf(listed);
    expect(fewerPiecesWithUnknownWords(glued, rules, { pieces: 2, readings: ['x'], exhausted: false }, tokensOfSource(source))).toBe(false);
  });
});

describe('a unit\'s first line started at its one shown seam', () => {
  it('opens with a word, never with a number alone (line 222, its number written in visual order)', () => {
    const judge = new WordJudge(new Vocabulary(['ونظر الفريق العامل في البند ٣ من جدول الأعمال']), wordListOf([]));
    const atoms = atomsOf(tokensOfSource('من  ٣ ونظر الفريق العامل في البند'), (word) => judge.isWord(word));
    const rules = rulesOf(judge);
    expect(readingAtShownSeam(atoms, rules, () => true)).toBeUndefined();
    // The same line with a word at the seam starts there.
    const worded = atomsOf(tokensOfSource('من  ونظر الفريق العامل في البند'), (word) => judge.isWord(word));
    expect(readingAtShownSeam(worded, rules, () => true)?.readings).toEqual(['ونظر الفريق العامل في البند من']);
  });
});
