/**
 * Related passages on the real report: ingest's pure core turns the real source and the real
 * reviewed repairs into the tree the site is built from, and the related-passages module runs on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/ingest/parse-report';
import { parseRepairsFile } from '../../src/ingest/repairs-schema';
import { withArabicWordList } from '../../scripts/word-list/hunspell';
import { relatedUnits } from '../../src/related';

const root = new URL('../../', import.meta.url);
const { repairs } = parseRepairsFile(readFileSync(new URL('content/repairs.json', root), 'utf8'));
const sourceText = readFileSync(new URL('content/source/V1909259-ar.txt', root), 'utf8');
const { report } = await withArabicWordList((wordList) => parseReport(sourceText, repairs, { sourcePath: 'content/source/V1909259-ar.txt', wordList }));

describe('related passages of the real report', () => {
  const units = report!.units;
  const related = relatedUnits(units);
  const ids = (id: string) => related.get(id)?.map((link) => link.id);

  it('link recommendation 16 and paragraph 4 (joint investigation teams, mutual legal assistance)', () => {
    expect(ids('recommendation-16')).toContain('paragraph-4');
    expect(ids('paragraph-4')).toContain('recommendation-16');
  });

  it('link recommendation 33 and paragraph 17 (training staff before they work abroad)', () => {
    expect(ids('recommendation-33')).toContain('paragraph-17');
    expect(ids('paragraph-17')).toContain('recommendation-33');
  });

  it('never link a unit to itself, to its own kind, or to more than three units', () => {
    const kindOf = new Map(units.map((unit) => [unit.id, unit.kind]));
    expect(related.size).toBe(units.length);
    for (const [id, links] of related) {
      expect(links.length).toBeLessThanOrEqual(3);
      for (const link of links) {
        expect(link.id).not.toBe(id);
        expect(kindOf.get(link.id)).not.toBe(kindOf.get(id));
      }
    }
  });

  it('leave units without a strong link alone', () => {
    // Shelters (22) and the list of speaking delegations (18) share no subject with the other kind.
    expect(ids('recommendation-22')).toEqual([]);
    expect(ids('paragraph-18')).toEqual([]);
  });
});
