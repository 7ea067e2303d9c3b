/**
 * Related passages through the term index give exactly the links of comparing every pair of
 * units, on the real report and on a synthetic report three times its size (where every unit
 * has exact twins, so ties and the threshold are exercised).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSyntheticReport } from '../../bench/synthetic/compose';
import { parseReport } from '../../src/ingest/parse-report';
import { withArabicWordList } from '../../scripts/word-list/hunspell';
import { parseRepairsFile } from '../../src/ingest/repairs-schema';
import { defaultLimit, defaultMinimumSharedWords, defaultThreshold, relatedUnits, terms, tokenize, wordsOf } from '../../src/related';
import type { RelatableUnit, RelatedLink } from '../../src/related';
import { cosine, tfidfVectors } from '../../src/related/vectors';

const realSource = readFileSync('content/source/V1909259-ar.txt', 'utf8');
const realRepairs = parseRepairsFile(readFileSync('content/repairs.json', 'utf8')).repairs;

/** The method as documented in related.ts, comparing every pair: the reference. */
function everyPair(units: readonly RelatableUnit[], threshold: number, minimumSharedWords: number, limit: number) {
  const vocabulary = new Set(units.flatMap((unit) => wordsOf(unit.text)));
  const tokens = units.map((unit) => tokenize(unit.text, vocabulary));
  const stems = tokens.map((list) => new Set(list));
  const vectors = tfidfVectors(tokens.map(terms));
  const related = new Map<string, RelatedLink[]>();
  units.forEach((unit, index) => {
    const found: (RelatedLink & { position: number })[] = [];
    units.forEach((other, position) => {
      if (other.kind === unit.kind) return;
      const score = cosine(vectors[index]!, vectors[position]!);
      const shared = [...stems[index]!].filter((stem) => stems[position]!.has(stem)).length;
      if (score >= threshold && shared >= minimumSharedWords) found.push({ id: other.id, score, position });
    });
    found.sort((a, b) => b.score - a.score || a.position - b.position);
    related.set(unit.id, found.slice(0, limit).map(({ id, score }) => ({ id, score })));
  });
  return related;
}

async function unitsOf(sourceText: string, repairs = realRepairs): Promise<RelatableUnit[]> {
  const { report, problems } = await withArabicWordList((wordList) => parseReport(sourceText, repairs, { sourcePath: 'test', wordList }));
  expect(problems).toEqual([]);
  return report!.units;
}

const real = await unitsOf(realSource);
const synthetic = composeSyntheticReport(realSource, realRepairs, 3);
const tripled = await unitsOf(synthetic.sourceText, synthetic.repairs);

describe('relatedUnits through the term index', () => {

  it.each([
    ['the real report', real],
    ['a synthetic report 3x the size', tripled],
  ])('gives the links of comparing every pair on %s', (_, units) => {
    const links = relatedUnits(units);
    expect([...links.values()].some((list) => list.length > 0)).toBe(true);
    expect(links).toEqual(everyPair(units, defaultThreshold, defaultMinimumSharedWords, defaultLimit));
  });

  it.each([
    [0.01, 1, 5],
    [0.2, 3, 2],
    [0, 0, 4],
    [0.05, 2, 0],
  ])('agrees with every pair at threshold %d, %d shared words, limit %d', (threshold, minimumSharedWords, limit) => {
    expect(relatedUnits(tripled, { threshold, minimumSharedWords, limit })).toEqual(
      everyPair(tripled, threshold, minimumSharedWords, limit),
    );
  });
});
