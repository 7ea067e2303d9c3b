/**
 * The fixture folders of the ingest stages and reading-order passes, shared by their test
 * (tests/unit/ingest-stage-fixtures.test.ts), `npm run fixtures:update` (rewrites the expected
 * files) and `npm run fixtures:new` (makes a case from source lines). How to use them:
 * docs/stage-fixtures.md.
 *
 *   tests/unit/fixtures/stages/<stage>/<case>/   one case of a stage of src/ingest/stages.ts
 *   tests/unit/fixtures/passes/<pass>/<case>/    one case of a pass of src/ingest/passes/index.ts
 *
 * A case folder holds:
 *   input.txt      the stage's input when it is text (read-lines), otherwise
 *   input.json     the stage's input as JSON (for a pass: the classified lines it runs over)
 *   expected.json  what the stage returns, as JSON (a stop as {"stopped": result})
 *   repairs.json   optional: the case's reviewed repairs, in the format of content/repairs.json
 *   words.txt      optional: the case's word list, one word a line (no list: only the case's own words count)
 *   report-words.txt  optional, for a pass: text whose words count as the report's own, standing for
 *                  the lines of the report the case leaves out (the piece-order passes weigh readings by them)
 *   about.txt      which source lines the case was made from and what it shows
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createIngestContext, type IngestContext } from '../src/ingest/ingest-context';
import { readingOrderPasses } from '../src/ingest/passes/index';
import { runReadingOrderPasses, type ReadingOrderPass } from '../src/ingest/passes/reading-order-pass';
import type { ClassifiedLine } from '../src/ingest/classified-line';
import { parseRepairsFile, type Repair } from '../src/ingest/repairs-schema';
import { ingestStages, Stopped, type Stage } from '../src/ingest/stages';
import { Vocabulary } from '../src/ingest/vocabulary';
import { wordListOf } from '../src/ingest/word-list';

export const fixturesRoot = path.resolve(import.meta.dirname, '../tests/unit/fixtures');

/** Every case folder's source path and repairs name, as problems and the tree cite them. */
const caseSourcePath = 'content/source/V1909259-ar.txt';
const caseRepairsName = 'content/repairs.json';

/** A stage or a pass that fixture cases run. */
export interface FixtureSubject {
  kind: 'stages' | 'passes';
  name: string;
  /** Runs the subject on a case's input with the case's context (and, for a pass, the report's other words). */
  run(input: unknown, context: IngestContext, moreReportText: readonly string[]): unknown;
}

/** The stages in their order, then the passes in theirs. */
export function fixtureSubjects(): FixtureSubject[] {
  const stages = ingestStages.stages.map((stage: Stage<unknown, unknown>) => ({ kind: 'stages' as const, name: stage.name, run: stage.run.bind(stage) }));
  const passes = readingOrderPasses.map((pass) => ({
    kind: 'passes' as const,
    name: pass.name,
    run: (input: unknown, context: IngestContext, moreReportText: readonly string[]) => runPass(pass, input, context, moreReportText),
  }));
  return [...stages, ...passes];
}

/**
 * A pass runs alone through the passes' own runner (its rounds, the piece-order search). A
 * case's few lines are not the whole report, whose words the piece-order passes weigh readings
 * against: report-words.txt stands for the report's other lines.
 */
function runPass(pass: ReadingOrderPass, input: unknown, context: IngestContext, moreReportText: readonly string[]): ClassifiedLine[] {
  return runReadingOrderPasses(input as ClassifiedLine[], [pass], context.lineWords, undefined, context.wordList, moreReportText);
}

/** One case folder. */
export interface FixtureCase {
  subject: FixtureSubject;
  name: string;
  folder: string;
}

/** Every case folder, and every folder under stages/ or passes/ that names no stage or pass. */
export function fixtureCases(): { cases: FixtureCase[]; unknownFolders: string[] } {
  const subjects = fixtureSubjects();
  const cases: FixtureCase[] = [];
  const unknownFolders: string[] = [];
  for (const kind of ['stages', 'passes'] as const) {
    const kindFolder = path.join(fixturesRoot, kind);
    if (!existsSync(kindFolder)) continue;
    for (const name of readdirSync(kindFolder).sort()) {
      const subject = subjects.find((each) => each.kind === kind && each.name === name);
      if (subject === undefined) {
        unknownFolders.push(path.join(kind, name));
        continue;
      }
      for (const caseName of readdirSync(path.join(kindFolder, name)).sort()) {
        cases.push({ subject, name: caseName, folder: path.join(kindFolder, name, caseName) });
      }
    }
  }
  return { cases, unknownFolders };
}

/** The case's context: its repairs and word list, a fresh cache. */
export function contextOf(folder: string): IngestContext {
  const repairsPath = path.join(folder, 'repairs.json');
  let repairs: Repair[] = [];
  if (existsSync(repairsPath)) {
    const parsed = parseRepairsFile(readFileSync(repairsPath, 'utf8'));
    if (parsed.problems.length > 0) throw new Error(`${repairsPath}:${parsed.problems[0]!.line}: ${parsed.problems[0]!.message}`);
    repairs = parsed.repairs;
  }
  const wordsPath = path.join(folder, 'words.txt');
  const words = existsSync(wordsPath) ? readFileSync(wordsPath, 'utf8').split('\n').filter((word) => word.trim() !== '') : undefined;
  return caseContext(repairs, words);
}

/** A case's context from its repairs and word list (no list: only the case's own words count). */
export function caseContext(repairs: Repair[], words: string[] | undefined): IngestContext {
  return createIngestContext({ sourcePath: caseSourcePath, repairsName: caseRepairsName, repairs, wordList: words === undefined ? undefined : wordListOf(words) });
}

/** The case's input: input.txt as text, or input.json read back into the stage's types. */
export function inputOf(folder: string): unknown {
  const textPath = path.join(folder, 'input.txt');
  if (existsSync(textPath)) return readFileSync(textPath, 'utf8');
  return fromFixtureJson(readFileSync(path.join(folder, 'input.json'), 'utf8'));
}

/** Runs the case and writes what it returns as the expected file would hold it. */
export function actualOf(fixtureCase: FixtureCase): string {
  const { folder, subject } = fixtureCase;
  const reportWordsPath = path.join(folder, 'report-words.txt');
  const reportWords = existsSync(reportWordsPath) ? [readFileSync(reportWordsPath, 'utf8')] : [];
  if (reportWords.length > 0 && subject.kind === 'stages') throw new Error(`${reportWordsPath}: only a pass's case may have one (a stage reads the whole of its input)`);
  return toFixtureJson(subject.run(inputOf(folder), contextOf(folder), reportWords));
}

export function expectedPath(fixtureCase: FixtureCase): string {
  return path.join(fixtureCase.folder, 'expected.json');
}

/**
 * A stage's input or output as a file: JSON, two-space indented, Arabic as itself. A vocabulary
 * is written as its counts ({"wordCounts": {key: count}}, keys in order), a stop as
 * {"stopped": result}.
 */
export function toFixtureJson(value: unknown): string {
  const replacer = (_key: string, each: unknown) => {
    if (each instanceof Vocabulary) return { wordCounts: Object.fromEntries(each.entries()) };
    if (each instanceof Stopped) return { stopped: each.result };
    return each;
  };
  // Line numbers on one line ("lines": [17, 18]), as a reader of a diff expects them.
  const json = JSON.stringify(value, replacer, 2).replace(/\[\n\s+(-?\d+(?:,\n\s+-?\d+)*)\n\s+\]/g, (_match, items: string) => `[${items.split(/,\n\s+/).join(', ')}]`);
  return `${json}\n`;
}

/** Reads a fixture JSON file back, a written vocabulary as a Vocabulary. */
export function fromFixtureJson(text: string): unknown {
  return JSON.parse(text, (_key, each: unknown) => {
    if (isWrittenVocabulary(each)) return Vocabulary.ofCounts(Object.entries(each.wordCounts));
    return each;
  });
}

function isWrittenVocabulary(value: unknown): value is { wordCounts: Record<string, number> } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'wordCounts' && typeof (value as { wordCounts: unknown }).wordCounts === 'object';
}
