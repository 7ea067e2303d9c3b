/**
 * Stage find-damage (src/ingest/stages.ts), the damage report: after every pass and repair, scan
 * each unit and heading for signs of damage left. Any finding stops ingest
 * (src/ingest/accepted-findings.ts) until a reviewer answers it with a reviewed repair, or accepts
 * that exact finding, with a reason, in a list.
 */
import type { Vocabulary } from '../vocabulary';
import type { Damage, DamageCheck, DamageTarget } from './damage-check';
import { danglingPreposition } from './dangling-preposition';
import { gluedPunctuation } from './glued-punctuation';
import { latinGlued } from './latin-glued';
import { leadingPunctuation } from './leading-punctuation';
import { listWithoutConjunction } from './list-without-conjunction';
import { seam } from './seam';
import { shownCut } from './shown-cut';
import { splitWord } from './split-word';
import { tatweelEdge } from './tatweel-edge';
import { unbalancedPairs } from './unbalanced-pairs';
import { undecidedOrder } from './undecided-order';
import { unfinishedUnit } from './unfinished-unit';
import { wordFragment } from './word-fragment';

/** The damage list entry and the unit-or-heading shape the checks read. */
export type { Damage, DamageLine, DamageTarget } from './damage-check';

/** Every damage check, in the order its findings are listed for the same line. */
export const damageChecks: readonly DamageCheck[] = [
  wordFragment,
  gluedPunctuation,
  leadingPunctuation,
  splitWord,
  unbalancedPairs,
  unfinishedUnit,
  latinGlued,
  tatweelEdge,
  danglingPreposition,
  listWithoutConjunction,
  seam,
  shownCut,
  undecidedOrder,
];

/** Runs every check on every target; findings are sorted by source line. */
export function findDamage(targets: DamageTarget[], vocabulary: Vocabulary): Damage[] {
  const found = targets.flatMap((target) =>
    damageChecks.flatMap((check) => check.find(target, vocabulary).map((finding) => ({ line: finding.line, belongsTo: target.belongsTo, check: check.name, text: finding.text }))),
  );
  // A stable sort keeps check order within a line.
  return found.sort((a, b) => a.line - b.line);
}
