/**
 * The editorial notes: one note per place where the published text differs in order from the
 * extracted source, so a reader can check every change against the PDF. A note joins the
 * readingOrderChanges of one logical line (several passes may have touched it) and adds the
 * reviewer's reason when a reviewed repair made the change. Repairs that moved nothing once
 * spacing was normalized get a note too: the reader should see every repair we hold. Everything
 * comes from the published tree (report.json): ingest records each repair's reason and owner.
 */
import type { LineOwner, ReadingOrderChange, Report, ReviewedRepair } from '../report/schema';
import { ownerKey } from '../report/addresses';
/** Who changed the line: a named general pass, or a reviewed repair with its reason. */
export interface NoteAuthor {
  kind: 'pass' | 'reviewed-repair';
  name: string;
  /** The reviewer's note, for reviewed repairs. */
  why?: string;
}

/** One editorial note. */
export interface EditorialNote {
  /** The fragment id on /notes/: "note-lines-17" or "note-lines-130-131". */
  anchor: string;
  lines: number[];
  /** The extracted text of the lines, exactly as received. */
  source: string;
  /** The same characters as published. */
  published: string;
  madeBy: NoteAuthor[];
  /** What the lines are published as part of. */
  owner: LineOwner;
  /** Its key, "recommendation-12", "section-ii-b" or "masthead" (src/report/addresses.ts `ownerKey`). */
  belongsTo: string;
  /** True for a repair that changed nothing but spacing (so no readingOrderChange cites it). */
  spacingOnly: boolean;
}

/** The fragment id of the note about these source lines. */
export function noteAnchor(lines: readonly number[]): string {
  return `note-lines-${lines.join('-')}`;
}

/** Every editorial note, in source-line order. */
export function editorialNotes(report: Report): EditorialNote[] {
  const repairById = new Map(report.reviewedRepairs.map((repair) => [repair.id, repair]));
  const byAnchor = new Map<string, EditorialNote>();
  for (const change of report.readingOrderChanges) {
    const anchor = noteAnchor(change.lines);
    const note = byAnchor.get(anchor) ?? noteFromChange(anchor, change);
    note.madeBy.push(authorOf(change, repairById));
    byAnchor.set(anchor, note);
  }
  const cited = new Set(
    report.readingOrderChanges.filter((change) => change.madeBy.kind === 'reviewed-repair').map((change) => change.madeBy.name),
  );
  for (const repair of report.reviewedRepairs) {
    if (cited.has(repair.id)) continue;
    byAnchor.set(noteAnchor(repair.lines), {
      anchor: noteAnchor(repair.lines),
      lines: [...repair.lines],
      source: repair.source,
      published: repair.published,
      madeBy: [{ kind: 'reviewed-repair', name: repair.id, why: repair.why }],
      owner: repair.owner,
      belongsTo: ownerKey(repair.owner),
      spacingOnly: true,
    });
  }
  return [...byAnchor.values()].sort((a, b) => a.lines[0]! - b.lines[0]!);
}

/** The notes about one unit (or section heading, or "masthead"), in source-line order. */
export function notesAbout(notes: readonly EditorialNote[], owner: string): EditorialNote[] {
  return notes.filter((note) => note.belongsTo === owner);
}

function noteFromChange(anchor: string, change: ReadingOrderChange): EditorialNote {
  return {
    anchor,
    lines: [...change.lines],
    source: change.source,
    published: change.published,
    madeBy: [],
    owner: change.owner,
    belongsTo: ownerKey(change.owner),
    spacingOnly: false,
  };
}

function authorOf(change: ReadingOrderChange, repairById: ReadonlyMap<string, ReviewedRepair>): NoteAuthor {
  if (change.madeBy.kind === 'pass') return { ...change.madeBy };
  const repair = repairById.get(change.madeBy.name);
  if (!repair) {
    throw new Error(
      `report.json readingOrderChanges: lines ${change.lines.join(', ')} cite reviewed repair "${change.madeBy.name}", which report.json reviewedRepairs does not hold.`,
    );
  }
  return { kind: 'reviewed-repair', name: repair.id, why: repair.why };
}
