/**
 * The ingest core as an ordered list of stages: source text in, report tree, damage and problems
 * out. Each stage is a small named function with one input, the output of the stage before it,
 * and one output; besides it, a stage may read the parse's context (src/ingest/ingest-context.ts),
 * which it never changes. A stage that finds the run cannot go on returns `stop(result)`.
 *
 * The stages live in their own files (src/ingest/passes/, assemble.ts, the checks, damage/);
 * this file only says in which order they run and what each hands to the next. Every stage and
 * every reading-order pass has fixture folders in tests/unit/fixtures/stages/ and
 * tests/unit/fixtures/passes/ (docs/stage-fixtures.md).
 */
import { report as reportSchema, type Report } from '../report/schema';
import { assemble, type Assembly } from './assemble';
import type { Damage } from './damage';
import { damageOfAssembly } from './damage/assembly-damage';
import type { ClassifiedLine } from './classified-line';
import { checkFidelity } from './fidelity';
import type { IngestContext } from './ingest-context';
import type { LogicalLine } from './lines';
import { checkNumbering } from './numbering';
import { applyRepairs } from './passes/apply-repairs';
import { classifyLines } from './passes/classify-lines';
import { readingOrderPasses } from './passes/index';
import { normalizeLines } from './passes/normalize';
import { readLines } from './passes/read-lines';
import { runReadingOrderPasses } from './passes/reading-order-pass';
import type { Problem } from './problems';
import { collectReadingOrderChanges } from './reading-order-changes';
import { checkRepairsAgainstPasses } from './repairs-against-passes';
import { reviewedRepairsOf } from './reviewed-repairs';
import { Vocabulary } from './vocabulary';
import { followReadingOrderChanges, keysOfLines } from './words';

/** The outcome of ingest: a report when there are no problems, and the damage left either way. */
export interface ParseResult {
  report: Report | undefined;
  damage: Damage[];
  problems: Problem[];
}

/** A stage's way to end the run early: the result it returns is the parse's result. */
export class Stopped {
  constructor(readonly result: ParseResult) {}
}

export function stop(result: ParseResult): Stopped {
  return new Stopped(result);
}

/** One step of ingest. */
export interface Stage<In, Out> {
  /** Names the stage in the list and its fixture folder (tests/unit/fixtures/stages/<name>/). */
  readonly name: string;
  run(input: In, context: IngestContext): Out | Stopped;
}

/** Lines, with the problems found so far that do not stop the run (they are all reported at the end). */
export interface LinesFound<Line> {
  lines: Line[];
  problems: Problem[];
}

/** Classified lines with the count of their words (the report's vocabulary). */
export interface LinesCounted extends LinesFound<ClassifiedLine> {
  vocabulary: Vocabulary;
}

/** Lines after the reading-order passes, beside the lines before them, whose words `vocabulary` counts. */
export interface LinesReordered extends LinesCounted {
  before: ClassifiedLine[];
}

/** The masthead, sections and units, with the report's vocabulary (for the damage checks). */
export interface Assembled {
  assembly: Assembly;
  vocabulary: Vocabulary;
  problems: Problem[];
}

/** The assembly with the damage left in it. */
export interface Judged {
  assembly: Assembly;
  damage: Damage[];
  problems: Problem[];
}

/** The report tree as built, before it is checked against the contract. */
export interface Built {
  tree: ReturnType<typeof treeOf>;
  damage: Damage[];
}

/** Cut the source into lines, each remembering its 1-based number; an empty file or a character that is not text stops ingest here. */
export const readSource: Stage<string, LinesFound<LogicalLine>> = {
  name: 'read-lines',
  run(sourceText) {
    const read = readLines(sourceText);
    if (read.problems.length > 0) return stop({ report: undefined, damage: [], problems: read.problems });
    return read;
  },
};

/** Reviewed repairs replace the lines they name; a repair that no longer matches the source is a problem. */
export const applyReviewedRepairs: Stage<LinesFound<LogicalLine>, LinesFound<LogicalLine>> = {
  name: 'apply-repairs',
  run(input, context) {
    const repaired = applyRepairs(input.lines, context.repairs, context.repairsName);
    return { lines: repaired.lines, problems: [...input.problems, ...repaired.problems] };
  },
};

/** No tatweel, single spaces, nothing at either end. */
export const normalize: Stage<LinesFound<LogicalLine>, LinesFound<LogicalLine>> = {
  name: 'normalize',
  run(input) {
    return { lines: normalizeLines(input.lines), problems: input.problems };
  },
};

/** Give every line its role: heading, recommendation heading, paragraph start, masthead noise or text. */
export const classify: Stage<LinesFound<LogicalLine>, LinesFound<ClassifiedLine>> = {
  name: 'classify-lines',
  run(input) {
    return { lines: classifyLines(input.lines), problems: input.problems };
  },
};

/** Count the report's words once: the passes weigh readings against them, the damage checks judge words by them. */
export const countWords: Stage<LinesFound<ClassifiedLine>, LinesCounted> = {
  name: 'count-words',
  run(input, context) {
    return { ...input, vocabulary: Vocabulary.ofKeys(keysOfLines(input.lines, context.lineWords)) };
  },
};

/** Run the general reading-order passes (src/ingest/passes/index.ts, in their order) over every line. */
export const putInReadingOrder: Stage<LinesCounted, LinesReordered> = {
  name: 'reading-order',
  run(input, context) {
    const lines = runReadingOrderPasses(input.lines, readingOrderPasses, context.lineWords, input.vocabulary, context.wordList);
    return { before: input.lines, lines, vocabulary: input.vocabulary, problems: input.problems };
  },
};

/** The vocabulary of the lines in reading order: only the lines a pass changed are counted again. */
export const recountChangedLines: Stage<LinesReordered, LinesCounted> = {
  name: 'recount-changed-lines',
  run(input, context) {
    const vocabulary = followReadingOrderChanges(input.vocabulary, input.before, input.lines, context.lineWords);
    return { lines: input.lines, vocabulary, problems: input.problems };
  },
};

/** A repair the passes now make by themselves, or one that contradicts a reading they prove, is a problem. */
export const checkRepairs: Stage<LinesCounted, LinesCounted> = {
  name: 'check-repairs-against-passes',
  run(input, context) {
    return { ...input, problems: [...input.problems, ...checkRepairsAgainstPasses(input.lines, context.repairsName)] };
  },
};

/** Walk the lines like a reader into the masthead, sections and units; anything out of place is a problem. */
export const assembleReport: Stage<LinesCounted, Assembled> = {
  name: 'assemble',
  run(input) {
    const assembly = assemble(input.lines);
    return { assembly, vocabulary: input.vocabulary, problems: [...input.problems, ...assembly.problems] };
  },
};

/** Units numbered without gaps or repeats, and each unit holding exactly the characters of its source lines. */
export const checkUnits: Stage<Assembled, Assembled> = {
  name: 'check-units',
  run(input) {
    const { assembly } = input;
    const numbered = assembly.units.map(({ unit }) => ({ kind: unit.kind, number: unit.number, line: unit.sourceLines[0] }));
    return { ...input, problems: [...input.problems, ...checkNumbering(numbered), ...checkFidelity(assembly)] };
  },
};

/** The damage left in every unit and heading, judged against the words of the report in reading order. */
export const findDamage: Stage<Assembled, Judged> = {
  name: 'find-damage',
  run(input, context) {
    return { assembly: input.assembly, damage: damageOfAssembly(input.assembly, context.lineWords, input.vocabulary), problems: input.problems };
  },
};

/** Any problem found so far stops ingest here, with every problem in file and line order and the damage found. */
export const stopOnProblems: Stage<Judged, Judged> = {
  name: 'stop-on-problems',
  run(input) {
    if (input.problems.length === 0) return input;
    return stop({ report: undefined, damage: input.damage, problems: sortProblems(input.problems) });
  },
};

/** The report tree: the masthead as the document, sections, units, and every change of reading order and reviewed repair with its owner. */
export const buildTree: Stage<Judged, Built> = {
  name: 'build-tree',
  run(input, context) {
    return { tree: treeOf(input.assembly, context), damage: input.damage };
  },
};

/** The tree must keep the output contract (src/report/schema.ts); a tree that breaks it is ingest's own bug. */
export const checkContract: Stage<Built, ParseResult> = {
  name: 'check-contract',
  run(input) {
    const checked = reportSchema.safeParse(input.tree);
    if (!checked.success) return { report: undefined, damage: input.damage, problems: checked.error.issues.map(contractProblem) };
    return { report: checked.data, damage: input.damage, problems: [] };
  },
};

/**
 * Stages in the order they run, each taking what the one before returns. Built through `then`
 * so that the compiler checks every stage's input against the output of the stage before it.
 */
export class StageList<In, Out> {
  private constructor(readonly stages: readonly Stage<unknown, unknown>[]) {}

  static of<In, Out>(first: Stage<In, Out>): StageList<In, Out> {
    return new StageList([first as Stage<unknown, unknown>]);
  }

  then<Next>(stage: Stage<Out, Next>): StageList<In, Next> {
    return new StageList([...this.stages, stage as Stage<unknown, unknown>]);
  }

  /** Runs every stage in order, or until one stops. */
  run(input: In, context: IngestContext): Out | Stopped {
    let value: unknown = input;
    for (const stage of this.stages) {
      value = stage.run(value, context);
      if (value instanceof Stopped) return value;
    }
    return value as Out;
  }
}

/** Ingest, from the source text to the checked report tree. */
export const ingestStages = StageList.of(readSource)
  .then(applyReviewedRepairs)
  .then(normalize)
  .then(classify)
  .then(countWords)
  .then(putInReadingOrder)
  .then(recountChangedLines)
  .then(checkRepairs)
  .then(assembleReport)
  .then(checkUnits)
  .then(findDamage)
  .then(stopOnProblems)
  .then(buildTree)
  .then(checkContract);

function treeOf(assembly: Assembly, context: IngestContext) {
  return {
    schemaVersion: 1,
    document: { ...assembly.masthead, language: 'ar', source: context.sourcePath },
    sections: assembly.sections.map(({ section }) => section),
    units: assembly.units.map(({ unit }) => unit),
    readingOrderChanges: collectReadingOrderChanges(assembly),
    reviewedRepairs: reviewedRepairsOf(context.repairs, assembly),
  };
}

/** A tree that breaks the output contract is ingest's own bug; say where, for the maintainer. */
function contractProblem(issue: { path: (string | number)[]; message: string }): Problem {
  return { file: 'source', message: `the report tree breaks the contract in src/report/schema.ts at ${issue.path.join('.') || '(root)'}: ${issue.message}` };
}

function sortProblems(problems: Problem[]): Problem[] {
  const fileOrder = { repairs: 0, source: 1, 'accepted-findings': 2 };
  return [...problems].sort((a, b) => fileOrder[a.file] - fileOrder[b.file] || (a.line ?? 0) - (b.line ?? 0));
}
