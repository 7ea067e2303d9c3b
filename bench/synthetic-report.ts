/**
 * Writes a synthetic report N times the size of the real one, for the build benchmark:
 *   tsx bench/synthetic-report.ts --scale 10 --out .bench/x10
 * writes .bench/x10/source.txt and .bench/x10/repairs.json (same formats as
 * content/source/V1909259-ar.txt and content/repairs.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseRepairsFile } from '../src/ingest/repairs-schema';
import { composeSyntheticReport } from './synthetic/compose';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10' },
    out: { type: 'string' },
    source: { type: 'string', default: 'content/source/V1909259-ar.txt' },
    repairs: { type: 'string', default: 'content/repairs.json' },
  },
});

const scale = Number(values.scale);
const outDir = values.out ?? `.bench/x${scale}`;
const { repairs, problems } = parseRepairsFile(readFileSync(values.repairs, 'utf8'));
if (problems.length > 0) {
  for (const problem of problems) console.error(`${values.repairs}: ${problem.message}`);
  process.exit(1);
}
const synthetic = composeSyntheticReport(readFileSync(values.source, 'utf8'), repairs, scale);
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'source.txt'), synthetic.sourceText);
writeFileSync(path.join(outDir, 'repairs.json'), JSON.stringify({ repairs: synthetic.repairs }, null, 2) + '\n');
const { counts } = synthetic;
console.log(
  `${outDir}: ${counts.lines} lines, ${counts.chapters} chapters, ${counts.subsections} subsections, ` +
    `${counts.recommendations} recommendations, ${counts.paragraphs} paragraphs, ${synthetic.repairs.length} repairs`,
);
