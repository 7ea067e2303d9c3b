/**
 * What the jump form answers for a typed number (pure, so the /numbers/ page script and the tests
 * share it): the unit's address when exactly one unit carries the number, otherwise a sentence in
 * Arabic saying which units carry it, or that none does and which numbers exist.
 */
import { parseUnitNumber } from './unit-number';
import { toArabicIndicDigits } from '../text/arabic/digits';

export interface NumberedUnits {
  number: number;
  units: { url: string; title: string }[];
}

export type JumpAnswer =
  | { kind: 'one'; url: string }
  | { kind: 'several'; number: number; message: string }
  | { kind: 'none'; message: string };

export function answerJump(typed: string, numbered: readonly NumberedUnits[]): JumpAnswer {
  const number = parseUnitNumber(typed);
  const known = numbered.map((entry) => entry.number);
  const span = `${toArabicIndicDigits(Math.min(...known))} إلى ${toArabicIndicDigits(Math.max(...known))}`;
  if (number === undefined) return { kind: 'none', message: `اكتب رقماً واحداً من ${span}.` };
  const match = numbered.find((entry) => entry.number === number);
  if (!match || match.units.length === 0) {
    return { kind: 'none', message: `لا توصية ولا فقرة بالرقم ${toArabicIndicDigits(number)}؛ الأرقام من ${span}، وهي كلها في القائمة أدناه.` };
  }
  if (match.units.length === 1) return { kind: 'one', url: match.units[0]!.url };
  const titles = match.units.map((unit) => unit.title).join(' و');
  return {
    kind: 'several',
    number,
    message: `يحمل الرقم ${toArabicIndicDigits(number)} أكثر من وحدة: ${titles}. اختر إحداها.`,
  };
}
