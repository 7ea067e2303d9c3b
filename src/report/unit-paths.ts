/**
 * The static paths of the per-unit routes (/recommendations/<n>/, /paragraphs/<n>/ and their
 * text.txt): one per unit of a kind, with the unit as the page's prop.
 */
import { loadReport } from './load-report';
import type { Unit, UnitKind } from './schema';

/** One `{ params: { number }, props: { unit } }` per unit of `kind`, in document order. */
export function unitPathsOf(kind: UnitKind): { params: { number: string }; props: { unit: Unit } }[] {
  return loadReport()
    .units.filter((unit) => unit.kind === kind)
    .map((unit) => ({ params: { number: String(unit.number) }, props: { unit } }));
}
