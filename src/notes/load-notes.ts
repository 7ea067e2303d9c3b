/** The editorial notes of the real report, computed once per build from report.json and repairs.json. */
import { loadReport } from '../lib/load-report';
import { editorialNotes, type EditorialNote } from './editorial-notes';
import { loadRepairs } from './load-repairs';

let cached: EditorialNote[] | undefined;

/** Every editorial note of the published report, in source-line order. */
export function loadEditorialNotes(): EditorialNote[] {
  cached ??= editorialNotes(loadReport(), loadRepairs());
  return cached;
}
