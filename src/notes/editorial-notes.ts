/**
 * The editorial notes: one note per place where the published text differs in order from the
 * extracted source, so a reader can check every change against the PDF. A note joins the
 * readingOrderChanges of one logical line (several passes may have touched it) and adds the
 * reviewer's reason when a reviewed repair made the change. Repairs that moved nothing once
 * spacing was normalized get a note too: the reader should see every repair we hold.
 */
import type { ReadingOrderChange, Report } from '../schema/report';
import { sectionAnchor } from '../report/addresses';

/** What the notes need of a reviewed repair (a subset of content/repairs.json entries). */
export interface RepairRecord {
  id: string;
  lines: number[];
  expect: string;
  text: string;
  why: string;
}

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
  /** "recommendation-12", "section-ii-b" or "masthead", as in readingOrderChanges. */
  belongsTo: string;
  /** True for a repair that changed nothing but spacing (so no readingOrderChange cites it). */
  spacingOnly: boolean;
}

/** The fragment id of the note about these source lines. */
export function noteAnchor(lines: readonly number[]): string {
  return `note-lines-${lines.join('-')}`;
}

/** Every editorial note, in source-line order. */
export function editorialNotes(report: Report, repairs: readonly RepairRecord[]): EditorialNote[] {
  const repairById = new Map(repairs.map((repair) => [repair.id, repair]));
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
  const ownerOf = lineOwners(report);
  for (const repair of repairs) {
    if (cited.has(repair.id)) continue;
    byAnchor.set(noteAnchor(repair.lines), {
      anchor: noteAnchor(repair.lines),
      lines: [...repair.lines],
      source: repair.expect,
      published: repair.text,
      madeBy: [{ kind: 'reviewed-repair', name: repair.id, why: repair.why }],
      belongsTo: ownerOf.get(repair.lines[0]!) ?? 'masthead',
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
    belongsTo: change.belongsTo,
    spacingOnly: false,
  };
}

function authorOf(change: ReadingOrderChange, repairById: ReadonlyMap<string, RepairRecord>): NoteAuthor {
  if (change.madeBy.kind === 'pass') return { ...change.madeBy };
  const repair = repairById.get(change.madeBy.name);
  if (!repair) {
    throw new Error(
      `report.json readingOrderChanges: lines ${change.lines.join(', ')} cite reviewed repair "${change.madeBy.name}", which content/repairs.json does not hold.`,
    );
  }
  return { kind: 'reviewed-repair', name: repair.id, why: repair.why };
}

// For a repair no change cites: the unit, else the section heading, whose source lines hold it.
function lineOwners(report: Report): Map<number, string> {
  const owners = new Map<number, string>();
  for (const section of report.sections) for (const line of section.sourceLines) owners.set(line, sectionAnchor(section.id));
  for (const unit of report.units) for (const line of unit.sourceLines) owners.set(line, unit.id);
  return owners;
}
