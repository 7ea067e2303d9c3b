import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePass, editorialNotes, noteAnchor, notesAbout, passDescriptions } from '../../src/notes';
import { readingOrderPasses } from '../../src/ingest/passes';
import { report } from '../../src/report/schema';
import { sourceLinesLabel } from '../../src/notes/line-label';
import { unitPlainText } from '../../src/citing/unit-plain-text';
import { plainTextUrl } from '../../src/report/addresses';

const fixture = report.parse(JSON.parse(readFileSync(new URL('./fixtures/beyond/report.json', import.meta.url), 'utf8')));
const repairs = fixture.reviewedRepairs;

describe('editorialNotes', () => {
  const notes = editorialNotes(fixture);

  it('makes one note per changed line, joining the passes that changed it', () => {
    const heading = notes.find((note) => note.anchor === 'note-lines-14')!;
    expect(heading.madeBy.map((author) => author.name)).toEqual(['recommendation-heading-order', 'heading-label-first']);
    expect(notes.filter((note) => note.anchor === 'note-lines-14')).toHaveLength(1);
  });

  it('gives a reviewed repair its reason', () => {
    const handbook = notes.find((note) => note.anchor === 'note-lines-264-265-266-267')!;
    expect(handbook.madeBy).toEqual([
      { kind: 'reviewed-repair', name: 'paragraph-17-handbook-title', why: 'Hand-made fixture: the English title came out first.' },
    ]);
    expect(handbook.spacingOnly).toBe(false);
  });

  it('lists a repair that changed only spacing, under the unit holding its line', () => {
    const spacing = notes.find((note) => note.anchor === 'note-lines-45')!;
    expect(spacing.spacingOnly).toBe(true);
    expect(spacing.belongsTo).toBe('recommendation-17');
    expect(spacing.owner).toEqual({ kind: 'unit', id: 'recommendation-17' });
    expect(spacing.source).toBe(repairs[1]!.source);
  });

  it('covers every readingOrderChange and every repair, in source-line order', () => {
    const anchors = new Set(notes.map((note) => note.anchor));
    for (const change of fixture.readingOrderChanges) expect(anchors).toContain(noteAnchor(change.lines));
    const named = new Set(notes.flatMap((note) => note.madeBy.map((author) => author.name)));
    for (const repair of repairs) expect(named).toContain(repair.id);
    expect(notes.map((note) => note.lines[0])).toEqual([14, 45, 168, 264]);
  });

  it('finds the notes about one unit', () => {
    expect(notesAbout(notes, 'paragraph-4').map((note) => note.anchor)).toEqual(['note-lines-168-169']);
    expect(notesAbout(notes, 'recommendation-16')).toEqual([]);
  });

  it('names the repair a change cites when the tree lacks it', () => {
    expect(() => editorialNotes({ ...fixture, reviewedRepairs: [] })).toThrow(
      'lines 264, 265, 266, 267 cite reviewed repair "paragraph-17-handbook-title", which report.json reviewedRepairs does not hold',
    );
  });
});

describe('pass descriptions', () => {
  it('describe every general reading-order pass ingest runs, in Arabic', () => {
    for (const pass of readingOrderPasses) expect(describePass(pass.name)).toMatch(/[\u0621-\u064A]/);
    expect(Object.keys(passDescriptions).sort()).toEqual(readingOrderPasses.map((pass) => pass.name).sort());
  });

  it('name a pass that has no description', () => {
    expect(() => describePass('new-pass')).toThrow('no Arabic description for the reading-order pass "new-pass"');
  });
});

describe('sourceLinesLabel', () => {
  it('names one line, two lines (dual) and a range, in Arabic-Indic digits', () => {
    expect(sourceLinesLabel([17])).toBe('السطر ١٧');
    expect(sourceLinesLabel([130, 131])).toBe('السطران ١٣٠ و١٣١');
    expect(sourceLinesLabel([264, 265, 266, 267])).toBe('الأسطر ٢٦٤–٢٦٧');
  });
});

describe('unitPlainText', () => {
  it('gives title, text, citation and link, with no invisible character around the Latin runs', () => {
    const unit = fixture.units.find((candidate) => candidate.id === 'recommendation-16')!;
    const lines = unitPlainText(fixture.document, unit, 'https://example.org/recommendations/16/').split('\n');
    expect(lines[0]).toBe('التوصية ١٦');
    expect(lines[2]).toBe(unit.text);
    expect(lines[4]).toBe(
      'المصدر: الفريق العامل المعني بالاتِّجار بالأشخاص، مشروع التقرير – إضافة، فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩، V.19-09259 (A)، التوصية ١٦.',
    );
    expect(lines[5]).toBe('https://example.org/recommendations/16/');
    expect(plainTextUrl(unit)).toBe('/recommendations/16/text.txt');
  });
});
