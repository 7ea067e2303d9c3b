/**
 * The shape of a general reading-order pass, and the one way a pass changes a line: through
 * `reorder`, which records the pass's name so every change can be traced in the output.
 */
import type { ClassifiedLine, LineRole } from '../classified-line';
import { Vocabulary } from '../vocabulary';
import { keysOfLines, LineWords } from '../words';

/** What every reading-order pass may consult. */
export interface PassContext {
  /** The words of the whole source except those of the given line, to tell real words from pieces. */
  vocabularyOutside(line: ClassifiedLine): Vocabulary;
}

/** One named rule that moves characters of damaged lines into reading order. */
export interface ReadingOrderPass {
  /** Cited as madeBy.name in readingOrderChanges. */
  name: string;
  /** Returns the line in reading order, or the same line when the rule does not apply. */
  apply(line: ClassifiedLine, context: PassContext): ClassifiedLine;
}

/** The line with new text (and role), the change recorded under the pass's name; unchanged text records nothing. */
export function reorder(line: ClassifiedLine, passName: string, text: string, role: LineRole = line.role): ClassifiedLine {
  if (text === line.text) return { ...line, role };
  return { ...line, text, role, changes: [...line.changes, { kind: 'pass', name: passName }] };
}

/** Runs the passes in order over every line a reviewer has not repaired. */
export function runReadingOrderPasses(
  lines: ClassifiedLine[],
  passes: readonly ReadingOrderPass[],
  lineWords = new LineWords(),
  /** The words of `lines`, if the caller has counted them already. */
  vocabularyOfLines?: Vocabulary,
): ClassifiedLine[] {
  const originalText = new Map(lines.map((line) => [line.lines[0]!, line.text]));
  // Built on first use when not given: only a few heading lines ever ask.
  let vocabulary = vocabularyOfLines;
  const context: PassContext = {
    vocabularyOutside: (line) => {
      vocabulary ??= Vocabulary.ofKeys(keysOfLines(lines, lineWords));
      return vocabulary.without(originalText.get(line.lines[0]!) ?? '');
    },
  };
  return lines.map((line) => {
    if (line.repairId !== undefined) return line;
    return passes.reduce((current, pass) => pass.apply(current, context), line);
  });
}

