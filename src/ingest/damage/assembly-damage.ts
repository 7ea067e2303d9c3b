/** Turns the assembled units and headings into damage targets and scans them. */
import type { Assembly } from '../assemble';
import type { ClassifiedLine } from '../classified-line';
import { Vocabulary } from '../vocabulary';
import { LineWords } from '../words';
import type { Damage, DamageLine, DamageTarget } from './damage-check';
import { findDamage } from './index';
import { sectionAnchor } from '../../report/addresses';

/**
 * The damage left in every unit and heading, judged against the words of the whole published
 * report (counted here unless the caller already has them).
 */
export function damageOfAssembly(assembly: Assembly, lineWords = new LineWords(), reportVocabulary?: Vocabulary): Damage[] {
  const targetLine = (line: ClassifiedLine): DamageLine => ({
    line: line.lines[0]!,
    text: line.text,
    words: lineWords.of(line),
    source: line.source,
    reordered: line.changes.length > 0,
    undecided: line.undecided,
  });
  const targets: DamageTarget[] = [
    ...assembly.sections.map(({ section, headingLines }) => ({ belongsTo: sectionAnchor(section.id), isUnit: false, lines: headingLines.map(targetLine) })),
    ...assembly.units.map(({ unit, bodyLines }) => ({ belongsTo: unit.id, isUnit: true, lines: bodyLines.map(targetLine) })),
  ];
  return findDamage(targets, reportVocabulary ?? Vocabulary.ofKeys(keysOf(targets)));
}

function* keysOf(targets: DamageTarget[]): Generator<string> {
  for (const target of targets) for (const line of target.lines) for (const word of line.words) yield word.key;
}
