/**
 * `npm run ingest`: read the extracted source and the reviewed repairs, run the pure core
 * (src/ingest/parse-report.ts), and write content/generated/ (one MDX file per unit,
 * report.json, damage-report.json). The only ingest file that touches the file system.
 *
 * Options: --source <file> --repairs <file> --out <folder>. On any problem it prints
 * `path:line: what is wrong` to stderr, exits 1 and leaves the previous output untouched.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeUtf8 } from '../src/ingest/decode-utf8';
import { unitToMdx } from '../src/ingest/mdx';
import { parseReport } from '../src/ingest/parse-report';
import { formatProblem, type Problem, type ProblemFile } from '../src/ingest/problems';
import { parseRepairsFile, type Repair } from '../src/ingest/repairs-schema';
import { toStableJson } from '../src/ingest/stable-json';
import { writeOutputAtomically } from '../src/ingest/write-output';

const repositoryRoot = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string', default: 'content/source/V1909259-ar.txt' },
      repairs: { type: 'string', default: 'content/repairs.json' },
      out: { type: 'string', default: 'content/generated' },
    },
  });
  const fileNames: Record<ProblemFile, string> = { source: values.source, repairs: values.repairs };
  const fail = (problems: Problem[]) => {
    for (const problem of problems) process.stderr.write(`${formatProblem(problem, fileNames)}\n`);
    process.stderr.write(`ingest: ${problems.length} problem${problems.length === 1 ? '' : 's'}; ${values.out} was left as it was\n`);
    return 1;
  };

  const problems: Problem[] = [];
  const sourceText = await readText(values.source, 'source', problems);
  let repairs: Repair[] = [];
  const repairsText = await readText(values.repairs, 'repairs', problems);
  if (repairsText !== undefined) {
    const parsed = parseRepairsFile(repairsText);
    problems.push(...parsed.problems);
    repairs = parsed.repairs;
  }
  if (sourceText === undefined || problems.length > 0) return fail(problems);

  const sourcePath = path.relative(repositoryRoot, path.resolve(values.source)).split(path.sep).join('/');
  const result = parseReport(sourceText, repairs, { sourcePath, repairsName: values.repairs });
  if (result.report === undefined) return fail(result.problems);

  const files = new Map<string, string>();
  for (const unit of result.report.units) files.set(`units/${unit.id}.mdx`, unitToMdx(unit));
  files.set('report.json', toStableJson(result.report));
  files.set('damage-report.json', toStableJson({ damage: result.damage }));
  await writeOutputAtomically(values.out, files);

  const { units, sections, readingOrderChanges } = result.report;
  process.stdout.write(
    `ingest: ${units.length} units in ${sections.length} sections, ${readingOrderChanges.length} reading-order changes -> ${values.out}\n`,
  );
  if (result.damage.length > 0) {
    process.stdout.write(`ingest: ${result.damage.length} signs of damage left (also in ${values.out}/damage-report.json):\n`);
    for (const damage of result.damage) {
      process.stdout.write(`  ${values.source}:${damage.line}: ${damage.belongsTo}: ${damage.check}: ${damage.text}\n`);
    }
  }
  return 0;
}

async function readText(file: string, kind: ProblemFile, problems: Problem[]): Promise<string | undefined> {
  if (!existsSync(file)) {
    problems.push({ file: kind, message: 'file not found' });
    return undefined;
  }
  const decoded = decodeUtf8(await readFile(file), kind);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return undefined;
  }
  return decoded.text;
}

process.exitCode = await main();
