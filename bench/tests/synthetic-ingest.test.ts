/**
 * Ingest of the 10× synthetic report, the corpus `npm run bench` builds: it must go through
 * without a problem or a damage finding, and every copy of a unit must read exactly as the real
 * report's unit reads (the passes may not read a line differently because copies of it stand
 * elsewhere in the report). The expected texts are the real report's own ingest, not a copy of
 * this run's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/ingest/parse-report';
import { parseRepairsFile } from '../../src/ingest/repairs-schema';
import { withArabicWordList } from '../../scripts/word-list/hunspell';
import { composeSyntheticReport } from '../synthetic/compose';

const scale = 10;
const realSource = readFileSync('content/source/V1909259-ar.txt', 'utf8');
const realRepairs = parseRepairsFile(readFileSync('content/repairs.json', 'utf8')).repairs;
const synthetic = composeSyntheticReport(realSource, realRepairs, scale);

const [real, copied] = await withArabicWordList((wordList) => [
  parseReport(realSource, realRepairs, { sourcePath: 'content/source/V1909259-ar.txt', wordList }),
  parseReport(synthetic.sourceText, synthetic.repairs, { sourcePath: 'x10/source.txt', wordList }),
]);

describe(`ingest of the ${scale}× synthetic report`, () => {
  it('succeeds with no problem and no damage left', () => {
    const shown = (items: { message?: string; line?: number; check?: string; text?: string }[]) =>
      items.map((item) => `${item.line ?? ''}: ${item.message ?? `${item.check}: ${item.text}`}`);
    expect(shown(copied.problems)).toEqual([]);
    expect(shown(copied.damage)).toEqual([]);
    expect(copied.report?.units).toHaveLength(41 * scale);
  });

  it('reads every copy of a unit exactly as the real report reads that unit', () => {
    const realUnits = real.report!.units;
    const copiedUnits = copied.report!.units;
    const differing = copiedUnits.flatMap((unit, index) => {
      const original = realUnits[index % realUnits.length]!;
      return unit.kind === original.kind && unit.text === original.text ? [] : [`${unit.id} (copy of ${original.id}): ${unit.text.slice(0, 60)}`];
    });
    expect(differing).toEqual([]);
  });
});
