/** Related passages of the real report, computed once per build (see related.ts for the method). */
import { loadReport } from '../lib/load-report';
import type { Unit } from '../schema/report';
import { relatedUnits, type RelatedLink } from './related';

let cached: Map<string, RelatedLink[]> | undefined;

/** The related units of `unit`, best first, as units of the report with their scores. */
export function relatedTo(unit: Pick<Unit, 'id'>): { unit: Unit; score: number }[] {
  const report = loadReport();
  cached ??= relatedUnits(report.units);
  const byId = new Map(report.units.map((candidate) => [candidate.id, candidate]));
  return (cached.get(unit.id) ?? []).map((link) => ({ unit: byId.get(link.id)!, score: link.score }));
}
