/**
 * The piece-order passes (swapped-halves, reversed-pieces) on fixture lines built from the
 * report's own sentences: where one reading is proven they take it, where two readings pass
 * they refuse and say why, and a reviewed repair they reproduce or contradict is a problem.
 * Expected texts are the report's published sentences, not the program's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from '../../src/ingest/classified-line';
import { findDamage } from '../../src/ingest/damage';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { readingOrderPasses } from '../../src/ingest/passes/index';
import { normalizeLines } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';
import { runReadingOrderPasses } from '../../src/ingest/passes/reading-order-pass';
import { applyRepairs } from '../../src/ingest/passes/apply-repairs';
import { atomsOf, searchReadings, tokensOfSource } from '../../src/ingest/reading-search';
import { latinWordsStandAlone } from '../../src/ingest/lone-latin-word';
import { checkRepairsAgainstPasses } from '../../src/ingest/repairs-against-passes';
import type { Repair } from '../../src/ingest/repairs-schema';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { noWordList, WordJudge, wordListOf } from '../../src/ingest/word-list';
import { LineWords } from '../../src/ingest/words';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/reading-order/${name}`, import.meta.url), 'utf8');

function ordered(name: string, repairs: Repair[] = []): ClassifiedLine[] {
  const repaired = applyRepairs(readLines(fixture(name)).lines, repairs);
  return runReadingOrderPasses(classifyLines(normalizeLines(repaired.lines)), readingOrderPasses);
}
const at = (lines: ClassifiedLine[], number: number) => lines.find((line) => line.lines[0] === number)!;
const madeBy = (line: ClassifiedLine) => line.changes.map((change) => change.name);

describe('swapped-halves', () => {
  const lines = ordered('lines.txt');

  it('swaps the halves where the source shows the seam as a run of spaces', () => {
    expect(at(lines, 8).text).toBe('ينبغي للدول الأعضاء النظر في تقديم الدعم للمجتمع المدني والمنظمات غير الحكومية للمساعدة في بناء');
    expect(madeBy(at(lines, 8))).toEqual(['swapped-halves']);
  });

  it('glues a word cut with the line and starts the unit the way the report starts its units', () => {
    expect(at(lines, 11).text).toBe('ينبغي للدول الأعضاء النظر في تشجيع المنظمات الدولية على توفير تدريب شامل للمنظور');
  });

  it('ends the last line of a unit with its full stop', () => {
    expect(at(lines, 24).text).toBe('عن هذا الاتِّجار على سبيل الممارسة المعتادة، مع مراعاة ما لتلك الوسائط من تأثير كبير على السكان.');
  });

  it('moves a paragraph number first and puts the halves around it back in order', () => {
    const line = at(ordered('paragraphs.txt'), 6);
    expect(line.text).toBe('٤- وسلَّط عدة متكلمين الضوء على مواطن الضعف الهيكلية والمرتبطة بالسياق، أمام الاتِّجار');
    expect(madeBy(line)).toEqual(['swapped-halves']);
  });

  it('reads a damaged line the same when a copy of it stands elsewhere under another number', () => {
    // The copy holds the same pieces ("والمرت", "بطة"); counted as the report's words they
    // would vouch for each other and the line would be published as extracted.
    const lines = ordered('paragraphs-copied.txt');
    for (const [number, paragraph] of [[6, '٤'], [8, '٥']] as const) {
      expect(at(lines, number).text, `line ${number}`).toBe(`${paragraph}- وسلَّط عدة متكلمين الضوء على مواطن الضعف الهيكلية والمرتبطة بالسياق، أمام الاتِّجار`);
      expect(madeBy(at(lines, number))).toEqual(['swapped-halves']);
    }
  });

  it('refuses a line inside a unit where nothing decides which word starts it, and the damage report says why', () => {
    const line = at(lines, 18);
    expect(line.text).toBe('لة تقديم المساعدة إلى الضحايا شدِّد على الحاجة إلى معالجة مسأ');
    expect(line.changes).toEqual([]);
    expect(line.undecided?.pass).toBe('swapped-halves');
    // The published order is among the readings that passed: the pass saw it and would not guess.
    expect(line.undecided?.readings).toContain('شدِّد على الحاجة إلى معالجة مسألة تقديم المساعدة إلى الضحايا');
    const damage = findDamage([{ belongsTo: 'recommendation-17', isUnit: true, lines: [{ line: 18, text: line.text, words: new LineWords().of(line), undecided: line.undecided }] }], new Vocabulary([]));
    expect(damage.map((finding) => finding.check)).toContain('undecided-order');
  });

  it('leaves lines that read as extracted alone', () => {
    for (const number of [2, 3, 5, 6, 21]) expect(at(lines, number).changes, `line ${number}`).toEqual([]);
  });
});

describe('reversed-pieces', () => {
  it('puts three pieces back, the full stop last', () => {
    const line = at(ordered('lines.txt'), 15);
    expect(line.text).toBe('قدراتها على تنفيذ تدابير المنع المتعلقة بالاتِّجار بالأشخاص.');
    expect(madeBy(line)).toEqual(['reversed-pieces']);
  });
});

describe('reviewed repairs against the passes', () => {
  const source = readLines(fixture('lines.txt')).lines;
  const repairOf = (line: number, text: string): Repair => ({ id: `line-${line}`, lines: [line], expect: source[line - 1]!.source, text, why: 'test' });

  it('a repair the passes reproduce is no longer needed', () => {
    const repair = repairOf(8, 'ينبغي للدول الأعضاء النظر في تقديم الدعم للمجتمع المدني والمنظمات غير الحكومية للمساعدة في بناء');
    const problems = checkRepairsAgainstPasses(ordered('lines.txt', [repair]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^repair "line-8" .* is no longer needed: the general passes \(swapped-halves\)/);
  });

  it('a repair that contradicts the only reading a pass proves fails, with both readings shown', () => {
    const repair = repairOf(8, 'غير الحكومية للمساعدة في بناء ينبغي للدول الأعضاء النظر في تقديم الدعم للمجتمع المدني والمنظمات');
    const [problem] = checkRepairsAgainstPasses(ordered('lines.txt', [repair]));
    expect(problem!.line).toBe(8);
    expect(problem!.message).toContain('contradicts the only reading');
    expect(problem!.message).toContain(`repair: "${repair.text}"`);
    expect(problem!.message).toContain('passes: "ينبغي للدول الأعضاء النظر في تقديم الدعم للمجتمع المدني والمنظمات غير الحكومية للمساعدة في بناء"');
  });

  it('a repair of a line the passes refuse stands', () => {
    const repair = repairOf(18, 'مسألة تقديم المساعدة إلى الضحايا شدِّد على الحاجة إلى معالجة');
    expect(checkRepairsAgainstPasses(ordered('lines.txt', [repair]))).toEqual([]);
  });
});

describe('words', () => {
  const judge = new WordJudge(new Vocabulary(['الأعضاء للدول الإعلام']), wordListOf(['المنزلي', 'زلي']));

  it('knows report words, also after the usual prefixes, and numbers and Latin', () => {
    expect(judge.strength('الأعضاء،', false)).toBe(2);
    expect(judge.strength('والإعلام', false)).toBe(2);
    expect(judge.strength('٢٠١٤', false)).toBe(2);
    expect(new WordJudge(new Vocabulary(['شبكة REDTRAM']), noWordList).strength('REDTRAM', false)).toBe(2);
  });

  it('counts a Latin word no other line uses as weak where it stands as extracted, and as no word where a reading glued it', () => {
    const withoutIt = new WordJudge(new Vocabulary(['شبكة']), noWordList);
    expect(withoutIt.strength('REDTRAM', false)).toBe(1);
    expect(withoutIt.strength('tr' + 'afficking', true)).toBe(0);
    expect(withoutIt.isWord('REDTRAM')).toBe(false);
    expect(withoutIt.strength('R', false)).toBe(0);
  });

  it('counts a word only the word list knows as weak, and a piece or a bare mark as no word', () => {
    expect(judge.strength('زلي', false)).toBe(1);
    expect(judge.strength('المنزلي', true)).toBe(1);
    expect(judge.strength('الأع', false)).toBe(0);
    expect(judge.strength('"', false)).toBe(0);
    expect(judge.strength('بي', false)).toBe(0);
  });

  it('never leaves a weak word standing where the line was cut', () => {
    // "المن" and "زلي" are both listed words, but the reading glues them: "المنزلي".
    const rules = new WordJudge(new Vocabulary(['مع التركيز على منع الاستعباد والتصدي له']), wordListOf(['المن', 'زلي', 'المنزلي']));
    const atoms = atomsOf(tokensOfSource('زلي والتصدي له  التركيز على منع الاستعباد المن'), (word) => rules.isWord(word));
    const found = searchReadings(atoms, { strength: (word, made) => rules.strength(word, made), accepts: () => true, maxPieces: 3 });
    expect(found.readings).toEqual(['التركيز على منع الاستعباد المنزلي والتصدي له']);
    expect(new WordJudge(new Vocabulary([]), noWordList).strength('زلي', false)).toBe(0);
  });

  // In three pieces or more the line's first and last words stand where pieces met in the
  // source; the next two tests search three pieces only.
  const searchThree = (rules: WordJudge, source: string) => {
    const atoms = atomsOf(tokensOfSource(source), (word) => rules.isWord(word));
    return searchReadings(atoms, { strength: (word, made) => rules.strength(word, made), accepts: () => true, maxPieces: 3, minPieces: 3 }).readings;
  };

  it('lets a weak word end a piece where the source shows the cut and a full stop shows the word is whole', () => {
    // "السكان." only the word list knows; a run of spaces stands after its full stop (line 59 of the report).
    const rules = new WordJudge(new Vocabulary(['عن هذا الاتِّجار على سبيل الممارسة']), wordListOf(['السكان']));
    expect(searchThree(rules, '  على سبيل الممارسة السكان.  هذا الاتِّجار  عن')).toEqual(['عن هذا الاتِّجار على سبيل الممارسة السكان.']);
    // Without the full stop nothing shows where the word ends: it may be a piece, and no reading is taken.
    expect(searchThree(rules, '  على سبيل الممارسة السكان  هذا الاتِّجار  عن')).toEqual([]);
  });

  it('lets a weak word end a piece where a space before it and its full stop after it show it whole, the cut glued (line 63)', () => {
    // «الموجودة لديها.ينبغي …»: nothing of a word follows its full stop, and the space before
    // «لديها.» inside the piece is where the word starts.
    const rules = new WordJudge(new Vocabulary(['عن هذا الاتِّجار على سبيل الممارسة']), wordListOf(['السكان']));
    expect(searchThree(rules, 'على سبيل الممارسة السكان.هذا الاتِّجار  عن')).toEqual(['عن هذا الاتِّجار على سبيل الممارسة السكان.']);
    // Alone in its piece, nothing shows where the word starts: it may be the end of a word cut
    // with the line, and the pass refuses.
    expect(searchThree(rules, 'السكان.على سبيل الممارسة  هذا الاتِّجار  عن')).toEqual([]);
  });

  it('lets a weak word stand at the start or end of a line cut in two: a printed line neither starts nor ends inside a word (line 230)', () => {
    const rules = new WordJudge(new Vocabulary(['الغربية ودول أخرى والسيد خيسوس ألبرتو ماركيز نافارو ملحق في']), wordListOf(['أوروبا', 'البعثة', 'الشرطة']));
    const search = (source: string) => {
      const atoms = atomsOf(tokensOfSource(source), (word) => rules.isWord(word));
      return searchReadings(atoms, { strength: (word, made) => rules.strength(word, made), accepts: () => true, maxPieces: 4 }).readings;
    };
    expect(search('ألبرتو ماركيز نافارو، ملحق الشرطة، في البعثة  أوروبا الغربية ودول أخرى؛ والسيد خيسوس')).toEqual([
      'أوروبا الغربية ودول أخرى؛ والسيد خيسوس ألبرتو ماركيز نافارو، ملحق الشرطة، في البعثة',
    ]);
    // In three pieces the line's first and last words stand where pieces met in the source, and
    // a weak word there may be a piece of a word: the pass refuses («البعثة» here; a weak first
    // word with a space after it in its piece is whole, src/ingest/reading-start-word.ts).
    expect(search('في البعثة  ألبرتو ماركيز نافارو، ملحق الشرطة،  أوروبا الغربية ودول أخرى؛ والسيد خيسوس')).toEqual([]);
  });

  it('glues a weak word to the word beside it where a line cut in two met itself, when the two make a report word', () => {
    // «… تقديم المسا» ends the source and «عدة …» starts it: «المسا» is a listed word, «عدة» a
    // report word, and glued they make «المساعدة»; standing apart they leave a weak word.
    const rules = new WordJudge(new Vocabulary(['كما شدِّد على الحاجة إلى معالجة مسألة تقديم المساعدة عدة الضحايا بعد عودتهم']), wordListOf(['المسا', 'مجتمعاتهم']));
    const atoms = atomsOf(tokensOfSource('عدة إلى الضحايا بعد عودتهم إلى مجتمعاتهم  كما شدِّد على الحاجة إلى معالجة مسألة تقديم المسا'), (word) => rules.isWord(word));
    const readings = searchReadings(atoms, { strength: (word, made) => rules.strength(word, made), accepts: () => true, maxPieces: 3 }).readings;
    expect(readings).toEqual(['كما شدِّد على الحاجة إلى معالجة مسألة تقديم المساعدة إلى الضحايا بعد عودتهم إلى مجتمعاتهم']);
  });

  it('counts a Latin word the report uses elsewhere as a word, and takes no other Latin run beside a Latin word', () => {
    // No English word list is asked: "serv" and "itude" may be pieces of "servitude". Standing
    // as extracted they are weak, and a reading that sets them beside Latin words is not taken.
    const latin = new WordJudge(new Vocabulary(['how to prevent human trafficking']), noWordList);
    expect(latin.strength('trafficking', false)).toBe(2);
    expect(latin.strength('serv', false)).toBe(1);
    expect(latin.strength('servitude', true)).toBe(0);
    const atoms = atomsOf(tokensOfSource('itude in diplomatic households  how to prevent human trafficking for domestic serv'), (word) => latin.isWord(word));
    const accepts = (words: readonly string[]) => latinWordsStandAlone(words, (word) => latin.strength(word, false) === 2);
    const readings = searchReadings(atoms, { strength: (word, made) => latin.strength(word, made), accepts, maxPieces: 3 }).readings;
    expect(readings).not.toContain('how to prevent human trafficking for domestic serv itude in diplomatic households');
    expect(readings).toEqual([]);
  });

  it('lets a weak word start the reading after a shown cut when the line before ends its last word with punctuation', () => {
    // "وكذلك" only the word list knows (line 191 of the report, after «الضحايا،»). ("ومكافحته." is a
    // report word here: in three pieces the line's first word in the source stands where pieces met.)
    const rules = new WordJudge(new Vocabulary(['الحاجة إلى تسخيرها من أجل منع الاتِّجار ومكافحته']), wordListOf(['وكذلك']));
    // Three pieces: in two, the first word of the reading starts the printed line and is whole anyway.
    // "وكذلك" alone in its piece: no space after it in the source shows where it ends (with one,
    // src/ingest/reading-start-word.ts would let it start the reading anyway).
    const atoms = atomsOf(tokensOfSource('  ومكافحته.  الحاجة إلى تسخيرها من أجل منع الاتِّجار  وكذلك'), (word) => rules.isWord(word));
    const search = (startIsWhole: boolean) =>
      searchReadings(atoms, { strength: (word, made) => rules.strength(word, made), accepts: () => true, maxPieces: 3, minPieces: 3, startIsWhole }).readings;
    expect(search(true)).toEqual(['وكذلك الحاجة إلى تسخيرها من أجل منع الاتِّجار ومكافحته.']);
    // Without that, "وكذلك" may be the second half of a word cut with the line: no reading.
    expect(search(false)).toEqual([]);
  });
});
