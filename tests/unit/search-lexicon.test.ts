/**
 * The search lexicon's parts, rule by rule, and the lexicon built from report sentences in a
 * fixture file: which forms are one word, which are not, and what a reader's other forms find.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldWord, wordPieces } from '../../src/search/lexicon/letters';
import { nounSplits, verbSplits } from '../../src/search/lexicon/clitics';
import { endingRules, singularForms } from '../../src/search/lexicon/noun-endings';
import { brokenPlurals, fittingPattern, oneWayPairs } from '../../src/search/lexicon/broken-plurals';
import { reportVerbs, verbForms } from '../../src/search/lexicon/verbs';
import { buildLexicon } from '../../src/search/lexicon/build-lexicon';
import { analyseWord, isInReport, loadLexicon, loadWords, otherCaseForms, readingsOf, suggestion } from '../../src/search/lexicon/lookup';
import { editDistance } from '../../src/search/lexicon/edit-distance';
import { lemmaCode, lemmaOfCode, maximumLemmas } from '../../src/search/lemma-codes';
import { parseQuery } from '../../src/search/query';
import { excerptRuns } from '../../src/search/excerpt';
import { hasInOrder } from '../../src/search/client/search-engine';

const units = readFileSync(new URL('./fixtures/search/lexicon-units.txt', import.meta.url), 'utf8').trim().split('\n');

describe('foldWord and wordPieces', () => {
  it('fold what typing changes and keep ة', () => {
    expect(foldWord('الاتِّجـــار')).toBe('الاتجار');
    expect(foldWord('أُشير')).toBe('اشير');
    expect(foldWord('إلى')).toBe('الي');
    expect(foldWord('المسئولين')).toBe(foldWord('المسؤولين'));
    expect(foldWord('٢٠١٤')).toBe('2014');
    expect(foldWord('REDTRAM')).toBe('redtram');
    expect(foldWord('حملة')).not.toBe(foldWord('حمل'));
  });
  it('cut a token into its word pieces', () => {
    expect(wordPieces('(٢٠١٤)،').map((piece) => [piece.folded, piece.script])).toEqual([['2014', 'digits']]);
    expect(wordPieces('و/أو').map((piece) => piece.written)).toEqual(['و', 'أو']);
    expect(wordPieces('–')).toEqual([]);
  });
});

describe('clitics', () => {
  const stems = (word: string) => nounSplits(foldWord(word)).map((split) => split.stem);
  it('cut conjunction, preposition, article and pronoun', () => {
    expect(stems('وبالاتجار')).toContain('اتجار');
    expect(stems('للدول')).toContain('دول');
    expect(stems('حقوقك')).toContain('حقوق');
    // ة is written ت before a pronoun; a plural loses its ن.
    expect(stems('حمايتها')).toContain('حماية');
    expect(stems('موظفيها')).toContain('موظفين');
    // but not ات: مجتمعاتهم is مجتمعات.
    expect(stems('مجتمعاتهم')).not.toContain('مجتمعاة');
  });
  it('cut particles and object pronouns of verbs', () => {
    expect(verbSplits(foldWord('وأشارت')).map((split) => split.stem)).toContain('اشارت');
    expect(verbSplits(foldWord('أصدرته')).map((split) => split.stem)).toContain('اصدرت');
  });
});

describe('regular endings', () => {
  const forms = (word: string, side: 'index' | 'query' = 'query') => singularForms(foldWord(word), side).map((form) => form.form);
  it.each([
    ['masculine plural -ūn', 'متكلمون', 'متكلم'],
    ['masculine plural or dual -īn', 'دبلوماسيين', 'دبلوماسي'],
    ['dual -ān', 'بلدان', 'بلد'],
    ['feminine dual -atān', 'مرحلتان', 'مرحلة'],
    ['feminine dual -atayn', 'مرحلتين', 'مرحلة'],
    ['feminine plural -āt', 'حملات', 'حملة'],
    ['nisba feminine -iyya', 'دولية', 'دولي'],
    ['indefinite accusative -an', 'ماليا', 'مالي'],
    ['masculine plural -īn of a defective participle', 'الناجين'.slice(2), 'ناجي'],
    ['plural -āt of a long masculine noun', 'بروتوكولات', 'بروتوكول'],
    ['plural -āt of a verbal noun تفعيل', 'تدريبات', 'تدريب'],
  ])('%s: %s → %s', (name, word, singular) => {
    expect(endingRules.map((rule) => rule.name)).toContain(name);
    expect(forms(word)).toContain(singular);
  });
  it('index-only rules: an ات plural of a verbal noun, never on a query', () => {
    expect(forms('تشريعات', 'index')).toContain('تشريع');
    expect(forms('إمكانات', 'query')).not.toContain('امكان');
  });
  it('give a ي back only to a participle of the shapes فاعٍ and مفعٍ', () => {
    expect(forms('مدعين')).toContain('مدعي');
    expect(forms('مهاجرين')).not.toContain('مهاجري');
    expect(forms('تمكين')).not.toContain('تمكي');
  });
  it('never take ة off alone, nor ات down to a bare masculine of five letters or fewer on a query, nor after ي', () => {
    expect(forms('حملة')).toEqual(['حملة']);
    expect(forms('خدمات')).not.toContain('خدم');
    expect(forms('إمكانات')).not.toContain('امكان');
    expect(endingRules.find((rule) => rule.name === 'plural -āt of a long masculine noun')!.shape!.test('استراتيجي')).toBe(false);
  });
  it('mark the rules with common exceptions as weak, and leave names in يا alone', () => {
    expect(singularForms('بلدان', 'query').find((form) => form.form === 'بلد')?.weak).toBe(true);
    expect(forms('إسبانيا')).not.toContain('اسباني');
    expect(forms('ضحية')).toEqual(['ضحية']);
  });
});

describe('broken plurals', () => {
  it.each(brokenPlurals)('%s / %s fits a pattern', (singular, plural) => {
    expect(fittingPattern(singular, plural)).toBeDefined();
  });
  it.each(oneWayPairs)('%s / %s (one way) fits a pattern', (singular, plural) => {
    expect(fittingPattern(singular, plural)).toBeDefined();
  });
  it('refuses a pair that fits no pattern', () => {
    expect(fittingPattern('دولة', 'تقارير')).toBeUndefined();
    expect(fittingPattern('تقرير', 'تدابير')).toBeUndefined();
  });
});

describe('otherCaseForms and readingsOf', () => {
  it('swaps the nominative and oblique endings of sound plurals, duals and construct plurals', () => {
    expect(otherCaseForms('مواطنون')).toEqual(['مواطنين']);
    expect(otherCaseForms('بلدان')).toEqual(['بلدين']);
    expect(otherCaseForms('مرحلتان')).toEqual(['مرحلتين']);
    expect(otherCaseForms('ممثلي')).toEqual(['ممثلو']);
    expect(otherCaseForms('حق')).toEqual([]);
  });
  it('read a stem in و or ي first as a plural before the noun it governs, written in full', () => {
    expect(readingsOf('مسءولو')).toEqual(['مسءولين', 'مسءولون', 'مسءولو', 'مسءولي']);
    expect(readingsOf('دولي')).toEqual(['دولين', 'دولون', 'دولي', 'دولو']);
    expect(readingsOf('مواطنون')).toEqual(['مواطنون', 'مواطنين']);
  });
});

describe('verbs', () => {
  const forms = (citation: string) => verbForms(reportVerbs.find((entry) => entry.perfect[0] === citation)!);
  it('conjugate in every person and tense, passive included', () => {
    for (const form of ['اشار', 'اشارت', 'اشير', 'يشير', 'تشير', 'يشيرون', 'اشاروا']) expect(forms('اشار')).toContain(form);
    for (const form of ['كان', 'كانت', 'يكون', 'تكون', 'يكونون']) expect(forms('كان')).toContain(form);
  });
  it('never reach the verbal noun', () => {
    expect(forms('اشار')).not.toContain('اشارة');
    expect(forms('سلط')).not.toContain('سلطة');
  });
  it('list each verb once', () => {
    const citations = reportVerbs.map((entry) => `${entry.perfect.join(' ')}|${entry.imperfect.join(' ')}`);
    expect(new Set(citations).size).toBe(citations.length);
  });
});

describe('the lexicon of the fixture sentences', () => {
  const built = buildLexicon(units);
  const lexicon = loadLexicon(JSON.parse(JSON.stringify(built.lexicon)));
  const unitsWith = (typed: string): number[] => {
    const word = analyseWord(typed, lexicon);
    if (!isInReport(word)) return [];
    return units.map((_, index) => index).filter((index) => word.pieces.every((lemmas) => lemmas.some((lemma) => built.lemmaSequences[index]!.includes(lemma))));
  };

  it('gives each word piece one lemma', () => {
    units.forEach((text, index) => expect(built.lemmaSequences[index]).toHaveLength(text.split(/\s+/u).flatMap((token) => wordPieces(token)).length));
  });

  it.each([
    ['دولة', [0, 1, 2, 3, 4, 5]],
    ['المتكلمون', [5, 6, 7]],
    ['مبادرة', [1]],
    ['حق', [4]],
    ['حملة', [0]],
    ['تقرير', [2]],
    ['ضحية', [0, 1, 6]],
    ['يشير', [5, 6, 7]],
    ['يسلط', [5]],
    ['يقدم', [8]],
    ['سلسلة', [9]],
    ['الدولية', [8, 9]],
    ['المنزل', [8]],
    ['و/أو', [9]],
    ['2014', [9]],
    ['redtram', [9]],
  ])('%s finds the sentences with any of its forms', (typed, expected) => {
    expect(unitsWith(typed as string)).toEqual(expected);
  });

  // A feminine the report writes only as its masculine's broken plural, and امرأة, whose plural
  // نساء has another root: pairs no pattern relates (pairsWithoutPattern).
  it.each([
    ['الطفلة', [10]],
    ['العاملات', [10]],
    ['عاملة', [10]],
    ['المرأة', [10]],
    ['امرأة', [10]],
    ['للمرأة', [10]],
    ['الناجيات', [6, 10]],
    ['ناجية', [6, 10]],
  ])('%s finds the plural the report writes', (typed, expected) => {
    expect(unitsWith(typed as string)).toEqual(expected);
  });

  it.each([
    ['السلطة', [7]],
    ['خدم', [8]],
    ['الخدمة', [1]],
    ['الدولي', [8, 9]],
  ])('%s keeps apart from the other words of its root', (typed, expected) => {
    expect(unitsWith(typed as string)).toEqual(expected);
  });

  // A plural typed in the other case, a construct plural, a broken plural of a singular the
  // report uses (or the reverse), and ة typed as ه.
  it.each([
    ['المواطنون', [11]],
    ['ممثلين', [13, 14]],
    ['ممثلي', [13, 14]],
    ['ممثل', [13, 14]],
    ['رسم', [15]],
    ['ضابط', [15]],
    ['قوانين', []],
    ['الشرطه', [16]],
    ['شرطة', [16]],
  ])('%s finds the form the report writes', (typed, expected) => {
    expect(unitsWith(typed as string)).toEqual(expected);
  });

  it('finds with a typed singular a plural it cannot be joined to, one way only', () => {
    // عامل is also "working" (الفريق العامل), so العمال stays its own word; typed, عامل finds it.
    const workers = unitsWith('العمال');
    expect(workers).toContain(10);
    expect(unitsWith('عامل')).toEqual(expect.arrayContaining(workers));
    expect(isInReport(analyseWord('عامل', lexicon))).toBe(true);
  });

  it('reads a word the report writes as that word, not as another spelt like its singular', () => {
    // المواطنين "citizens" and مواطن الضعف "places of weakness": typed with an ending, only the
    // citizens; typed bare, both, since the report writes مواطن itself.
    expect(unitsWith('المواطنين')).toEqual([11]);
    expect(unitsWith('مواطن')).toEqual([11, 12]);
  });

  it.each(['اللاجئين', 'الصحة', 'إمكانات', 'كورونا', 'حمل', 'ناء', 'تي', 'الشرطي', 'كورونه'])('%s is not a word of these sentences', (typed) => {
    expect(isInReport(analyseWord(typed, lexicon))).toBe(false);
  });

  it('suggests the nearest word one or two letters away, and nothing far', () => {
    const words = loadWords(JSON.parse(JSON.stringify(built.suggestionWords)));
    expect(suggestion('الاتجاز', words)).toBe('الاتجار');
    expect(suggestion('ظظظظظظظ', words)).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts edits and stops past the limit', () => {
    expect(editDistance('الاتجار', 'الاتجاز', 2)).toBe(1);
    expect(editDistance('حملة', 'حملات', 2)).toBe(2);
    expect(editDistance('ا', 'الاتجار', 2)).toBe(3);
  });
});

describe('lemma codes', () => {
  it('are three letters, round-trip, and none begins another', () => {
    expect(lemmaCode(0)).toBe('aaa');
    expect(lemmaCode(27)).toBe('abb');
    for (const lemma of [0, 1, 25, 26, 700, maximumLemmas - 1]) expect(lemmaOfCode(lemmaCode(lemma))).toBe(lemma);
    expect(() => lemmaCode(maximumLemmas)).toThrow(RangeError);
    expect(lemmaOfCode('ab')).toBeUndefined();
  });
});

describe('parseQuery', () => {
  it('reads words and quoted phrases, without punctuation', () => {
    expect(parseQuery('"بناء القدرات" الدول، «سلسلة التوريد»')).toEqual([
      { words: ['بناء', 'القدرات'], phrase: true },
      { words: ['سلسلة', 'التوريد'], phrase: true },
      { words: ['الدول'], phrase: false },
    ]);
    expect(parseQuery('؟!،.')).toEqual([]);
    expect(parseQuery('ظ '.repeat(50)).length).toBe(12);
  });
});

describe('excerptRuns and hasInOrder', () => {
  const text = 'منع السخرة، في سلاسل التوريد (٢٠١٤).';
  const codes = ['aaa', 'aab', 'aac', 'aad', 'aae', 'aaf'];
  it('marks the matched words, not their punctuation', () => {
    expect(excerptRuns(text, codes, new Set(['aab', 'aaf']))).toEqual([
      { text: 'منع ', marked: false },
      { text: 'السخرة', marked: true },
      { text: '، في سلاسل التوريد (', marked: false },
      { text: '٢٠١٤', marked: true },
      { text: ').', marked: false },
    ]);
  });
  it('marks nothing when the codes do not fit the text', () => {
    expect(excerptRuns(text, codes.slice(1), new Set(['aab'])).some((run) => run.marked)).toBe(false);
  });
  it('finds pieces one after another', () => {
    expect(hasInOrder(codes, [[lemmaOfCode('aad')!], [lemmaOfCode('aae')!]])).toBe(true);
    expect(hasInOrder(codes, [[lemmaOfCode('aae')!], [lemmaOfCode('aad')!]])).toBe(false);
  });
});
