/**
 * Pass 8, the damage report: after every pass and repair, scan each unit and heading for signs
 * of damage left. The list is for the reviewer, who answers each entry with a reviewed repair.
 */
import { letterKey } from '../characters';
import { wordsOf, type Vocabulary } from '../vocabulary';
import type { Damage, DamageCheck, DamageTarget, DamageWord } from './damage-check';
import { gluedPunctuation } from './glued-punctuation';
import { latinGlued } from './latin-glued';
import { leadingPunctuation } from './leading-punctuation';
import { splitWord } from './split-word';
import { unbalancedPairs } from './unbalanced-pairs';
import { unfinishedUnit } from './unfinished-unit';
import { wordFragment } from './word-fragment';

export type { Damage, DamageTarget, DamageWord } from './damage-check';

/** Every damage check, in the order its findings are listed for the same line. */
export const damageChecks: readonly DamageCheck[] = [
  wordFragment,
  gluedPunctuation,
  leadingPunctuation,
  splitWord,
  unbalancedPairs,
  unfinishedUnit,
  latinGlued,
];

const digit = /[0-9\u0660-\u0669]/u;

/** The words of a published line as the checks see them. */
export function damageWordsOf(text: string): DamageWord[] {
  // Most lines hold no digit at all; test words one by one only when the line does.
  const lineHasDigits = digit.test(text);
  return wordsOf(text).map((word) => ({ text: word, key: letterKey(word), hasDigits: lineHasDigits && digit.test(word) }));
}

/** Runs every check on every target; findings are sorted by source line. */
export function findDamage(targets: DamageTarget[], vocabulary: Vocabulary): Damage[] {
  const found = targets.flatMap((target) =>
    damageChecks.flatMap((check) => check.find(target, vocabulary).map((finding) => ({ line: finding.line, belongsTo: target.belongsTo, check: check.name, text: finding.text }))),
  );
  // A stable sort keeps check order within a line.
  return found.sort((a, b) => a.line - b.line);
}
