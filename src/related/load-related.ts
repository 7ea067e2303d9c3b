/** Related passages of the real report, computed once per build (see related.ts for the method). */
import { loadReport } from '../report/load-report';
import type { Unit } from '../report/schema';
import { sharedWordsExplainer, type SharedWordsExplainer } from './explain';
import { relatedUnits, type RelatedLink } from './related';

/** One related unit as a page shows it. */
export interface RelatedPassage {
  unit: Unit;
  score: number;
  /** Words the two units share, as written in the unit whose page this is, rarest first. */
  sharedWords: string[];
}

let cached: { links: Map<string, RelatedLink[]>; unitById: Map<string, Unit>; explain: SharedWordsExplainer } | undefined;

/** The related units of `unit`, best first, with the words that relate them. */
export function relatedTo(unit: Pick<Unit, 'id'>): RelatedPassage[] {
  if (!cached) {
    const { units } = loadReport();
    cached = {
      links: relatedUnits(units),
      unitById: new Map(units.map((candidate) => [candidate.id, candidate])),
      explain: sharedWordsExplainer(units),
    };
  }
  const { links, unitById, explain } = cached;
  return (links.get(unit.id) ?? []).map((link) => ({
    unit: unitById.get(link.id)!,
    score: link.score,
    sharedWords: explain(unit.id, link.id),
  }));
}
