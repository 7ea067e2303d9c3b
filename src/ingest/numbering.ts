/**
 * Numbering rules: recommendations run consecutively from whatever number the addendum starts
 * at; paragraphs run consecutively from 1. A missing, repeated or out-of-order number is fatal,
 * because the number is the unit's address (/recommendations/12/).
 */
import type { UnitKind } from '../report/schema';
import type { Problem } from './problems';

/** A unit's number and where it was found. */
export interface NumberedUnit {
  kind: UnitKind;
  number: number;
  line: number;
}

/** Reports every numbering fault, one problem per unit that breaks the run. */
export function checkNumbering(units: NumberedUnit[]): Problem[] {
  return [...checkRun(units.filter((unit) => unit.kind === 'recommendation'), undefined), ...checkRun(units.filter((unit) => unit.kind === 'paragraph'), 1)];
}

function checkRun(units: NumberedUnit[], firstNumber: number | undefined): Problem[] {
  const problems: Problem[] = [];
  const firstSeenAt = new Map<number, number>();
  let previous: NumberedUnit | undefined;
  for (const unit of units) {
    const seenAt = firstSeenAt.get(unit.number);
    if (seenAt !== undefined) {
      problems.push({ file: 'source', line: unit.line, message: `${unit.kind} ${unit.number} is numbered again (first at line ${seenAt})` });
      continue;
    }
    firstSeenAt.set(unit.number, unit.line);
    if (previous === undefined) {
      if (firstNumber !== undefined && unit.number !== firstNumber) {
        problems.push({ file: 'source', line: unit.line, message: `the first ${unit.kind} is numbered ${unit.number}; ${unit.kind}s are numbered from ${firstNumber}` });
      }
    } else if (unit.number < previous.number) {
      problems.push({
        file: 'source',
        line: unit.line,
        message: `${unit.kind} ${unit.number} comes after ${unit.kind} ${previous.number} (line ${previous.line}): numbers must run in order`,
      });
    } else if (unit.number > previous.number + 1) {
      const missing = unit.number === previous.number + 2 ? `${previous.number + 1} is` : `${previous.number + 1}-${unit.number - 1} are`;
      problems.push({
        file: 'source',
        line: unit.line,
        message: `${unit.kind} ${unit.number} follows ${unit.kind} ${previous.number} (line ${previous.line}): ${unit.kind} ${missing} missing`,
      });
    }
    if (previous === undefined || unit.number > previous.number) previous = unit;
  }
  return problems;
}
