/** The editorial notes of the real report, computed once per build from report.json and repairs.json. */
import { loadReport } from '../report/load-report';
import { editorialNotes, type EditorialNote } from './editorial-notes';
import { loadRepairs } from './load-repairs';

let cached: { notes: EditorialNote[]; byOwner: Map<string, EditorialNote[]> } | undefined;

function load() {
  if (!cached) {
    const notes = editorialNotes(loadReport(), loadRepairs());
    const byOwner = new Map<string, EditorialNote[]>();
    for (const note of notes) {
      const list = byOwner.get(note.belongsTo) ?? [];
      list.push(note);
      byOwner.set(note.belongsTo, list);
    }
    cached = { notes, byOwner };
  }
  return cached;
}

/** Every editorial note of the published report, in source-line order. */
export function loadEditorialNotes(): EditorialNote[] {
  return load().notes;
}

/** The notes about one unit ("recommendation-12"), a section heading ("section-ii-b") or "masthead". */
export function loadNotesAbout(owner: string): EditorialNote[] {
  return load().byOwner.get(owner) ?? [];
}
