/** Related passages of the real report, computed once per build (see related.ts for the method). */
import { loadReport } from '../lib/load-report';
import type { Unit } from '../schema/report';
import { relatedUnits, type RelatedLink } from './related';

let cached: { links: Map<string, RelatedLink[]>; unitById: Map<string, Unit> } | undefined;

/** The related units of `unit`, best first, as units of the report with their scores. */
export function relatedTo(unit: Pick<Unit, 'id'>): { unit: Unit; score: number }[] {
  if (!cached) {
    const { units } = loadReport();
    cached = { links: relatedUnits(units), unitById: new Map(units.map((candidate) => [candidate.id, candidate])) };
  }
  const { links, unitById } = cached;
  return (links.get(unit.id) ?? []).map((link) => ({ unit: unitById.get(link.id)!, score: link.score }));
}
