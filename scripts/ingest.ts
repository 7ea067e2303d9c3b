/**
 * `npm run ingest`: read the extracted source and the reviewed repairs, run the pure core
 * (src/ingest/parse-report.ts), and write content/generated/ (one MDX file per unit,
 * report.json, damage-report.json, the .ingest-output marker). The only ingest file that touches
 * the file system.
 *
 * Options: --source <file> --repairs <file> --out <folder> --accepted-findings <file>. On any
 * problem, and on any damage finding not in the reviewed list that --accepted-findings names
 * (see src/ingest/accepted-findings.ts), it prints `path:line: what is wrong` to stderr, exits 1
 * and leaves the previous output untouched. It replaces only a folder that is new, empty or its
 * own earlier output (src/output/output-folder.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { damageProblems, parseAcceptedFindingsFile, type AcceptedFinding } from '../src/ingest/accepted-findings';
import { ingestUsage, parseIngestArguments } from '../src/ingest/cli-arguments';
import { decodeUtf8 } from '../src/ingest/decode-utf8';
import { unitToMdx } from '../src/ingest/mdx';
import { parseReport } from '../src/ingest/parse-report';
import { formatProblem, type Problem, type ProblemFile } from '../src/ingest/problems';
import { parseRepairsFile, type Repair } from '../src/ingest/repairs-schema';
import { toStableJson } from '../src/ingest/stable-json';
import { checkOutputFolder, writeOutputAtomically } from '../src/output/write-output';
import { withArabicWordList, WordListUnavailable } from './word-list/hunspell';

const repositoryRoot = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const parsed = parseIngestArguments(process.argv.slice(2));
  if ('help' in parsed) {
    process.stdout.write(`${ingestUsage}\n`);
    return 0;
  }
  if ('error' in parsed) {
    process.stderr.write(`ingest: ${parsed.error}\n`);
    return 1;
  }
  const values = parsed.options;
  const acceptedFindingsFile = values['accepted-findings'];
  const fileNames: Record<ProblemFile, string> = { source: values.source, repairs: values.repairs, 'accepted-findings': acceptedFindingsFile ?? '' };
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
  let accepted: AcceptedFinding[] = [];
  if (acceptedFindingsFile !== undefined) {
    const inRepository = !path.relative(repositoryRoot, path.resolve(acceptedFindingsFile)).startsWith('..');
    const listText = inRepository ? await readText(acceptedFindingsFile, 'accepted-findings', problems) : undefined;
    if (!inRepository) problems.push({ file: 'accepted-findings', message: 'the accepted findings must be a reviewed list inside the repository' });
    if (listText !== undefined) {
      const parsed = parseAcceptedFindingsFile(listText);
      problems.push(...parsed.problems);
      accepted = parsed.accepted;
    }
  }
  if (sourceText === undefined || problems.length > 0) return fail(problems);

  // The folder is replaced whole by the write below, so whether it may be is settled first.
  const inputs = [values.source, values.repairs, ...(acceptedFindingsFile === undefined ? [] : [acceptedFindingsFile])];
  const refusal = checkOutputFolder(values.out, inputs, repositoryRoot);
  if (refusal !== undefined) {
    process.stderr.write(`${values.out}: cannot be the output folder: ${refusal}; nothing was written\n`);
    return 1;
  }

  const sourcePath = path.relative(repositoryRoot, path.resolve(values.source)).split(path.sep).join('/');
  let result: ReturnType<typeof parseReport>;
  try {
    result = await withArabicWordList((wordList) => parseReport(sourceText, repairs, { sourcePath, repairsName: values.repairs, wordList }));
  } catch (error) {
    if (!(error instanceof WordListUnavailable)) throw error;
    process.stderr.write(`${error.message}; ${values.out} was left as it was\n`);
    return 1;
  }
  if (result.report === undefined) return fail(result.problems);
  // Damage stops ingest: nothing is published until each finding is repaired or accepted by a reviewer.
  const damageLeft = damageProblems(result.damage, accepted);
  if (damageLeft.length > 0) {
    process.stderr.write(`ingest: damage left in the published text; repair it in ${values.repairs}, or accept a finding with its reason in a reviewed list given with --accepted-findings\n`);
    return fail(damageLeft);
  }

  const files = new Map<string, string>();
  for (const unit of result.report.units) files.set(`units/${unit.id}.mdx`, unitToMdx(unit));
  files.set('report.json', toStableJson(result.report));
  files.set('damage-report.json', toStableJson({ damage: result.damage }));
  try {
    await writeOutputAtomically(values.out, files);
  } catch (error) {
    process.stderr.write(`${values.out}: cannot write the output (${(error as Error).message}); it was left as it was\n`);
    return 1;
  }

  const { units, sections, readingOrderChanges } = result.report;
  process.stdout.write(
    `ingest: ${units.length} units in ${sections.length} sections, ${readingOrderChanges.length} reading-order changes -> ${values.out}\n`,
  );
  if (result.damage.length > 0) process.stdout.write(`ingest: ${result.damage.length} damage findings accepted by ${acceptedFindingsFile} (listed in ${values.out}/damage-report.json)\n`);
  return 0;
}

/** What to tell the user when a file cannot be read, by the system's error code. */
const readFailures: Record<string, string> = {
  ENOENT: 'file not found',
  ENOTDIR: 'file not found',
  EISDIR: 'is a folder, not a file',
  EACCES: 'cannot be read (permission denied)',
};

async function readText(file: string, kind: ProblemFile, problems: Problem[]): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    problems.push({ file: kind, message: readFailures[code] ?? `cannot be read (${(error as Error).message})` });
    return undefined;
  }
  const decoded = decodeUtf8(bytes, kind);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return undefined;
  }
  return decoded.text;
}

process.exitCode = await main();
