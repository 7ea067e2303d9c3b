/**
 * Evidence the piece-order passes use to prove a reading, each rule on report lines or words:
 * punctuation glued to a word shows a seam, «أنَّ» opens no sentence, ب/ل/ك take no second
 * particle, a report word also counts without its article, and a report word takes no glued
 * piece into a word only the word list knows. Expected readings are the report's published
 * sentences, not the program's output.
 */
import { describe, expect, it } from 'vitest';
import { holdsGluedPunctuationSeam, isGluedPunctuationSeam } from '../../src/ingest/glued-punctuation-seam';
import { holdsGluedScriptSeam, isGluedScriptSeam } from '../../src/ingest/glued-script-seam';
import { isLatinWord, latinWordsStandAlone } from '../../src/ingest/lone-latin-word';
import { opensSentence, readsOn } from '../../src/ingest/piece-order';
import { atomsOf, searchReadings, tokensOfSource } from '../../src/ingest/reading-search';
import { isSubordinatingParticle } from '../../src/ingest/subordinate-particle';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { noWordList, WordJudge, wordListOf } from '../../src/ingest/word-list';

describe('punctuation glued to a word', () => {
  it('is a seam the source shows: printed text has a space after a full stop or comma', () => {
    expect(isGluedPunctuationSeam('ا.', 'استقدام')).toBe(true);
    expect(isGluedPunctuationSeam('الحكومية،', 'بتوظيفهم')).toBe(true);
    expect(holdsGluedPunctuationSeam('لديها.ينبغي')).toBe(true);
    // A closing mark with nothing glued after it, digits after a point, and a word alone are no seam.
    expect(holdsGluedPunctuationSeam('بها.')).toBe(false);
    expect(holdsGluedPunctuationSeam('١.٥')).toBe(false);
    expect(holdsGluedPunctuationSeam('"مبادئ')).toBe(false);
  });

  it('makes every reading cut there (line 92: «ا.استقدام … الخاصة به»)', () => {
    const judge = new WordJudge(new Vocabulary(['استقدام الموظفين على العمال في سلاسل التوريد الخاصة بها. يضطلع به']), wordListOf(['فيا']));
    const source = '  ا.استقدام الموظفين على العمال في سلاسل التوريد الخاصة به';
    const search = (text: string) => {
      const atoms = atomsOf(tokensOfSource(text), (word) => judge.isWord(word));
      return { atoms, found: searchReadings(atoms, { strength: (word, made) => judge.strength(word, made), accepts: () => true, maxPieces: 3 }) };
    };
    const glued = search(source);
    expect(glued.atoms.filter((atom) => atom.before?.mustCut).map((atom) => atom.text)).toEqual(['استقدام']);
    expect(glued.found.readings).toEqual(['استقدام الموظفين على العمال في سلاسل التوريد الخاصة بها.']);
    // With a space after the full stop nothing shows the seam.
    expect(search(source.replace('ا.استقدام', 'ا. استقدام')).atoms.some((atom) => atom.before?.mustCut)).toBe(false);
  });
});

describe('a Latin word glued to an Arabic one', () => {
  it('is a seam the source shows: printed text has a space between a Latin word and an Arabic one', () => {
    expect(isGluedScriptSeam('REDTRAM', 'الاتصال')).toBe(true);
    expect(isGluedScriptSeam('الاتصال', 'REDTRAM')).toBe(true);
    expect(holdsGluedScriptSeam('onلي')).toBe(true);
    // A quotation mark between them, a space, or one script alone is no seam.
    expect(isGluedScriptSeam('"', 'Handbook')).toBe(false);
    expect(holdsGluedScriptSeam('"Handbook')).toBe(false);
    expect(holdsGluedScriptSeam('REDTRAM')).toBe(false);
    expect(holdsGluedScriptSeam('الاتصال')).toBe(false);
  });

  it('makes every reading cut there, and a Latin word no other line uses stands only among Arabic words (line 253)', () => {
    const judge = new WordJudge(new Vocabulary(['الاتصال أهمية في سياق الشبكات، مثل شبكة']), noWordList);
    const search = (text: string) => {
      const atoms = atomsOf(tokensOfSource(text), (word) => judge.isWord(word));
      const accepts = (words: readonly string[]) => latinWordsStandAlone(words, (word) => judge.strength(word, false) === 2);
      return { atoms, found: searchReadings(atoms, { strength: (word, made) => judge.strength(word, made), accepts, maxPieces: 3 }) };
    };
    const glued = search(' REDTRAMالاتصال أهمية في سياق الشبكات، مثل شبكة');
    expect(glued.atoms.filter((atom) => atom.before?.mustCut).map((atom) => atom.text)).toEqual(['الاتصال']);
    expect(glued.found.readings).toEqual(['الاتصال أهمية في سياق الشبكات، مثل شبكة REDTRAM']);
    // The name cut inside: «RED TRAM» side by side may be pieces, and glued by a reading no word.
    expect(search(' TRAMالاتصال أهمية في سياق الشبكات، مثل شبكة RED').found.readings).toEqual([]);
  });

  it('knows a Latin word by its letters, punctuation aside, and lets a report word stand beside another', () => {
    expect(isLatinWord('"Handbook')).toBe(true);
    expect(isLatinWord('REDTRAM،')).toBe(true);
    expect(isLatinWord('الاتصال')).toBe(false);
    expect(latinWordsStandAlone(['شبكة', 'REDTRAM'], () => false)).toBe(true);
    expect(latinWordsStandAlone(['domestic', 'serv', 'itude'], (word) => word === 'domestic')).toBe(false);
    expect(latinWordsStandAlone(['private', 'domestic', 'workers"'], () => true)).toBe(true);
  });
});

describe('a sentence after a full stop', () => {
  it('never opens with «أنَّ», with or without و, which subordinates a clause; «وإنَّ» and «وأضاف» may open one', () => {
    for (const word of ['أنَّ', 'وأنَّ', 'فأنَّ', 'وأنه', 'وأنها']) {
      expect(isSubordinatingParticle(word), word).toBe(true);
      expect(opensSentence(word), word).toBe(false);
    }
    for (const word of ['وإنَّ', 'وأضاف', 'وأنشأ', 'كما']) expect(opensSentence(word), word).toBe(true);
    expect(isSubordinatingParticle('أنشطة')).toBe(false);
  });

  it('leaves one start to a line after a full stop (line 252)', () => {
    const setting = { closesUnit: false, previousWord: 'الجنائي.' };
    const openers = { recommendation: new Set<string>(), paragraph: new Set<string>() };
    expect(readsOn('وأضاف أنَّ من المهم إنشاء مجتمع دولي بغية توحيد الجهود المبذولة لدعم الضحايا؛ وأنَّ لضباط'.split(' '), setting, openers)).toBe(true);
    expect(readsOn('وأنَّ لضباط وأضاف أنَّ من المهم إنشاء مجتمع دولي بغية توحيد الجهود المبذولة لدعم الضحايا؛'.split(' '), setting, openers)).toBe(false);
  });
});

describe('report words after particles', () => {
  const judge = new WordJudge(new Vocabulary(['بالأشخاص المجتمع المدني للدول']), noWordList);

  it('takes no second particle after ب, ل or ك: «لبالأشخاص» is «ينبغي ل» glued to «بالأشخاص.»', () => {
    expect(judge.strength('بالأشخاص', false)).toBe(2);
    expect(judge.strength('لبالأشخاص.', true)).toBe(0);
    expect(judge.strength('كالمجتمع', true)).toBe(2);
    expect(judge.strength('لالمجتمع', true)).toBe(0);
    expect(judge.strength('وبالأشخاص', true)).toBe(2);
  });

  it('counts a report word without its article («مجتمع»: «المجتمع»)', () => {
    expect(judge.strength('مجتمع', false)).toBe(2);
    expect(judge.strength('ومجتمع', true)).toBe(2);
    expect(judge.strength('مدني', false)).toBe(2);
    expect(judge.strength('جتمع', false)).toBe(0);
  });
});

describe('glued pieces in readings of three pieces or more', () => {
  it('do not make a report word and a piece into a word only the list knows («أجل» + «ول»: «أجلول»)', () => {
    // A recommendation's first line cut in three, «السياساتية» a word neither the report nor the
    // list knows: the one reading left glued «للد» + «ية» and «أجل» + «ول», words the list takes.
    const judge = new WordJudge(new Vocabulary(['ينبغي للدول الأعضاء مواءمة الأطر وبناء شبكة من أصحاب المصلحة من أجل']), wordListOf(['للدية', 'أجلول', 'السياسات']));
    const atoms = atomsOf(tokensOfSource('ول الأعضاء مواءمة الأطر السياساتية وبناء شبكة من أصحاب المصلحة من أجل ينبغي للد'), (word) => judge.isWord(word));
    const readings = searchReadings(atoms, { strength: (word, made) => judge.strength(word, made), accepts: (words) => words[0] === 'ينبغي', maxPieces: 4 }).readings;
    expect(readings.filter((reading) => reading.includes('أجلول'))).toEqual([]);
  });

  it('glue a weak word and a report word where they meet into a report word, as halves do («مجت» + «مع»)', () => {
    const judge = new WordJudge(new Vocabulary(['وأضاف أنَّ من المهم إنشاء المجتمع دولي بغية توحيد الجهود المبذولة لدعم الضحايا؛ وأنَّ لضباط']), wordListOf(['مجت', 'ومجت']));
    const atoms = atomsOf(tokensOfSource('مع دولي بغية توحيد الجهود المبذولة لدعم الضحايا؛ وأنَّ لضباط أضاف أنَّ من المهم إنشاء مجتو'), (word) => judge.isWord(word));
    const readings = searchReadings(atoms, { strength: (word, made) => judge.strength(word, made), accepts: () => true, maxPieces: 3, minPieces: 3 }).readings;
    expect(readings).toContain('وأضاف أنَّ من المهم إنشاء مجتمع دولي بغية توحيد الجهود المبذولة لدعم الضحايا؛ وأنَّ لضباط');
  });
});
