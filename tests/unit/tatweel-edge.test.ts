/**
 * Tatweel at the edge of a piece (src/ingest/tatweel-edge.ts): printed text stretches a word
 * with tatweel only between two of its joined letters, so a source word that starts or ends
 * with one is a piece of a word, glued to its neighbour in the reading. The source lines are
 * the report's own; the expected readings are its published sentences.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/ingest/parse-report';
import { parseRepairsFile } from '../../src/ingest/repairs-schema';
import { atomsOf, searchReadings, tokensOfSource, type Atom } from '../../src/ingest/reading-search';
import { hasTatweelEdge, tatweelAtCut, withoutTatweel } from '../../src/ingest/tatweel-edge';
import { Vocabulary } from '../../src/ingest/vocabulary';
import { WordJudge, wordListOf } from '../../src/ingest/word-list';
import { removeTatweel } from '../../src/text/arabic/characters';
import { withArabicWordList } from '../../scripts/word-list/hunspell';

/** The atoms as text: «|» where the source shows a cut, «+» inside a source word, «<» on a piece that starts with tatweel, «>» on one that ends with it. */
const shown = (atoms: readonly Atom[]) => atoms.map((atom) => `${atom.before?.mustCut ? '|' : atom.before?.kind === 'glue' ? '+' : ''}${atom.tatweelStart ? '<' : ''}${atom.text}${atom.tatweelEnd ? '>' : ''}`);

describe('where tatweel stood in a source word', () => {
  it('is noted at the word edge, and marks written after the stroke leave it there', () => {
    expect(withoutTatweel('ــة')).toEqual({ text: 'ة', tatweelAt: [0] });
    expect(withoutTatweel('شــــ')).toEqual({ text: 'ش', tatweelAt: [1] });
    expect(hasTatweelEdge(withoutTatweel('ــالحرص'))).toBe(true);
    expect(hasTatweelEdge(withoutTatweel('ــــــاته]'))).toBe(true);
    // Line 175: «شــــُ» of «شُدِّدَ», the damma written after the stroke.
    const shadda = withoutTatweel('شــــُ');
    expect(shadda).toEqual({ text: 'شُ', tatweelAt: [1] });
    expect(tatweelAtCut(shadda, shadda.text.length)).toBe(true);
    expect(hasTatweelEdge(shadda)).toBe(true);
  });

  it('is no edge between two letters of a word, the way a justified line stretches it', () => {
    const stretched = withoutTatweel('الأعضــــاء');
    expect(stretched).toEqual({ text: 'الأعضاء', tatweelAt: [5] });
    expect(hasTatweelEdge(stretched)).toBe(false);
    expect(hasTatweelEdge(withoutTatweel('المســـتضـــعفة،'))).toBe(false);
    expect(hasTatweelEdge(withoutTatweel('الاتِّجار'))).toBe(false);
  });

  it('leaves the words the search reads, and the published characters, exactly as removing tatweel does', () => {
    for (const source of ['ــة المن ــات الأجنبي ــذين يقوم موظفو البعث', 'ـــــا والمغرب،  ـ  وهو ما', ' ــ عار "اعرف حقوقك" شــــينبغي']) {
      const tokens = tokensOfSource(source);
      expect(tokens.map((token) => token.text).join(' ')).toBe(removeTatweel(source).trim().split(/\s+/u).join(' '));
    }
    // A word of tatweel alone leaves its white space: the words on either side stand a run of spaces apart.
    expect(tokensOfSource('والمغرب،  ـ  وهو').map((token) => token.gapBefore)).toEqual([0, 4]);
  });
});

describe('a source word that starts or ends with tatweel', () => {
  const judge = new WordJudge(new Vocabulary(['المنزليين الذين يقوم موظفو البعثات الأجنبية']), wordListOf([]));
  const isWord = (word: string) => judge.isWord(word);

  it('is a piece of a word, cut from the word beside it in the source (line 138)', () => {
    const atoms = atomsOf(tokensOfSource('ــة المن ــات الأجنبي ــذين يقوم موظفو البعث'), isWord);
    expect(shown(atoms)).toEqual(['<ة', 'ال', '+من', '|<ات', 'الأجنبي', '|<ذين', 'يقوم', 'موظفو', 'البعث']);
    // Tatweel inside a word is no cut.
    expect(atomsOf(tokensOfSource('الأعضــــاء إدماج'), isWord).some((atom) => atom.before?.mustCut || atom.tatweelStart || atom.tatweelEnd)).toBe(false);
  });

  it('notes a tatweel inside a source word where the word is cut (line 50: «شــــينبغي»)', () => {
    const atoms = atomsOf(tokensOfSource('حقوقك" شــــينبغي للدول'), (word) => ['ينبغي', 'للدول', 'حقوقك"'].includes(word));
    const cut = atoms.findIndex((atom) => atom.text === 'ينبغي');
    expect(atoms[cut - 1]!.text).toBe('ش');
    expect(atoms[cut]!.before).toMatchObject({ kind: 'glue', tatweelInside: true });
  });
});

describe('the reading search with tatweel at a piece edge', () => {
  // Line 50: «عار "اعرف حقوقك" شــــينبغي …المتعلقة ب», published «ينبغي … المتعلقة بشعار "اعرف حقوقك"».
  const line50 = 'عار "اعرف حقوقك" شــــينبغي للدول الأعضــــاء إدماج تدابير المنع، ومنها المواد الإعلامية المتعلقة ب';
  const judge = new WordJudge(
    new Vocabulary(['ينبغي للدول الأعضاء إدماج تدابير المنع، ومنها المواد الإعلامية المتعلقة']),
    wordListOf(['بشعار', 'شعار', 'عار', 'اعرف', 'حقوقك', 'شين', 'بغي']),
  );
  const search = (source: string, pieces: number) => {
    const atoms = atomsOf(tokensOfSource(source), (word) => judge.isWord(word));
    return searchReadings(atoms, { strength: (word, made) => judge.strength(word, made), accepts: (words) => words[0] === 'ينبغي', maxPieces: pieces }).readings;
  };

  it('glues a word from three pieces where tatweel shows it (line 50: «ب» + «شــــ» + «عار»)', () => {
    expect(search(line50, 4)).toEqual(['ينبغي للدول الأعضاء إدماج تدابير المنع، ومنها المواد الإعلامية المتعلقة بشعار "اعرف حقوقك"']);
  });

  it('refuses the same line without the tatweel: nothing else shows «ش» is a piece, and no word is glued from three', () => {
    expect(search(removeTatweel(line50), 4)).toEqual([]);
  });

  const refusals = new WordJudge(new Vocabulary(['ومن ذلك تركة في العمليات المشتركة، والمغرب، النمس']), wordListOf([]));
  const readings = (source: string) => {
    const atoms = atomsOf(tokensOfSource(source), (word) => refusals.isWord(word));
    return searchReadings(atoms, { strength: (word, made) => refusals.strength(word, made), accepts: () => true, maxPieces: 3 }).readings;
  };

  it('never starts a reading with a piece that starts with tatweel, nor lets it stand apart from the word before it', () => {
    // Without the tatweel, «تركة» is a word and the halves read; with it, «تركة» is the end of a word.
    expect(readings('تركة في العمليات  ومن ذلك')).toEqual(['ومن ذلك تركة في العمليات']);
    expect(readings('ـــــتركة في العمليات  ومن ذلك')).toEqual([]);
    // Line 240's piece «ـــــتركة،» glued back to «المش»: the one reading.
    expect(readings('ـــــتركة، ومن ذلك  في العمليات المش')).toEqual(['في العمليات المشتركة، ومن ذلك']);
  });

  it('never ends a reading with a piece that ends with tatweel', () => {
    expect(readings('والمغرب،  في العمليات النمس')).toEqual(['في العمليات النمس والمغرب،']);
    expect(readings('والمغرب،  في العمليات النمســـ')).toEqual([]);
  });
});

describe('the real report', () => {
  const sourceText = readFileSync(path.join(import.meta.dirname, '../../content/source/V1909259-ar.txt'), 'utf8');
  const { repairs } = parseRepairsFile(readFileSync(path.join(import.meta.dirname, '../../content/repairs.json'), 'utf8'));

  it('has a word that starts or ends with tatweel only on lines whose pieces were put back in order', async () => {
    const edgeLines = sourceText.split('\n').flatMap((line, index) => (line.split(/\s+/u).some((word) => hasTatweelEdge(withoutTatweel(word))) ? [index + 1] : []));
    expect(edgeLines.length).toBeGreaterThan(10);
    const { report } = await withArabicWordList((wordList) => parseReport(sourceText, repairs, { sourcePath: 'content/source/V1909259-ar.txt', wordList }));
    const reordered = new Set(report!.readingOrderChanges.flatMap((change) => change.lines));
    expect(edgeLines.filter((line) => !reordered.has(line))).toEqual([]);
  });
});
