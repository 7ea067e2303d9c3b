/**
 * The ingest core: source text and reviewed repairs in, report tree, damage list and problems
 * out. No I/O; an ordered list of small passes, each in its own file.
 */
import { report as reportSchema, type Report } from '../schema/report';
import { assemble } from './assemble';
import type { Damage } from './damage';
import { damageOfAssembly } from './damage/assembly-damage';
import { checkFidelity } from './fidelity';
import { checkNumbering } from './numbering';
import { applyRepairs } from './passes/apply-repairs';
import { classifyLines } from './passes/classify-lines';
import { readingOrderPasses } from './passes/index';
import { normalizeLines } from './passes/normalize';
import { readLines } from './passes/read-lines';
import { runReadingOrderPasses } from './passes/reading-order-pass';
import type { Problem } from './problems';
import { collectReadingOrderChanges } from './reading-order-changes';
import type { Repair } from './repairs-schema';
import { Vocabulary } from './vocabulary';
import type { WordList } from './word-list';
import { checkRepairsAgainstPasses } from './repairs-against-passes';
import { followReadingOrderChanges, keysOfLines, LineWords } from './words';

/** What the caller tells the core about where the input came from. */
export interface ParseOptions {
  /** The source path relative to the repository root, recorded in report.document.source. */
  sourcePath: string;
  /** How problems name the repairs file, e.g. "content/repairs.json". */
  repairsName?: string;
  /** An Arabic word list (loaded at the I/O edge); without one only the report's own words count. */
  wordList?: WordList;
}

/** The outcome of ingest: a report when there are no problems, and the damage left either way. */
export interface ParseResult {
  report: Report | undefined;
  damage: Damage[];
  problems: Problem[];
}

/** Parses the extracted report text, applying reviewed repairs first. */
export function parseReport(sourceText: string, repairs: Repair[], options: ParseOptions): ParseResult {
  const read = readLines(sourceText);
  if (read.problems.length > 0) return { report: undefined, damage: [], problems: read.problems };
  const repaired = applyRepairs(read.lines, repairs, options.repairsName);
  const classified = classifyLines(normalizeLines(repaired.lines));
  const lineWords = new LineWords();
  // One count of the report's words serves the passes (before) and the damage checks (after).
  const vocabulary = Vocabulary.ofKeys(keysOfLines(classified, lineWords));
  const ordered = runReadingOrderPasses(classified, readingOrderPasses, lineWords, vocabulary, options.wordList);
  followReadingOrderChanges(vocabulary, classified, ordered, lineWords);
  const assembly = assemble(ordered);
  const problems = [
    ...repaired.problems,
    ...checkRepairsAgainstPasses(ordered, options.repairsName),
    ...assembly.problems,
    ...checkNumbering(assembly.units.map(({ unit }) => ({ kind: unit.kind, number: unit.number, line: unit.sourceLines[0] }))),
    ...checkFidelity(assembly),
  ];
  const damage = damageOfAssembly(assembly, lineWords, vocabulary);
  if (problems.length > 0) return { report: undefined, damage, problems: sortProblems(problems) };

  const tree = {
    schemaVersion: 1,
    document: { ...assembly.masthead, language: 'ar', source: options.sourcePath },
    sections: assembly.sections.map(({ section }) => section),
    units: assembly.units.map(({ unit }) => unit),
    readingOrderChanges: collectReadingOrderChanges(assembly),
  };
  const checked = reportSchema.safeParse(tree);
  if (!checked.success) return { report: undefined, damage, problems: checked.error.issues.map(contractProblem) };
  return { report: checked.data, damage, problems: [] };
}

/** A tree that breaks the output contract is ingest's own bug; say where, for the maintainer. */
function contractProblem(issue: { path: (string | number)[]; message: string }): Problem {
  return { file: 'source', message: `the report tree breaks the contract in src/schema/report.ts at ${issue.path.join('.') || '(root)'}: ${issue.message}` };
}

function sortProblems(problems: Problem[]): Problem[] {
  const fileOrder = { repairs: 0, source: 1, 'accepted-findings': 2 };
  return [...problems].sort((a, b) => fileOrder[a.file] - fileOrder[b.file] || (a.line ?? 0) - (b.line ?? 0));
}
