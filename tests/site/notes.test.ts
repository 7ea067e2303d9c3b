/**
 * /notes/ records every change of order we made to the extracted text: each reviewed repair of
 * content/repairs.json and each readingOrderChange of the served report.json appears with the
 * source as extracted, the text as published and who made it; every unit page links to the
 * notes about it, and those links land on a note.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests } from './helpers/chromium';
import { fetchReport } from './helpers/site-facts';
import type { Report } from '../../src/report/schema';

const baseUrl = inject('baseUrl');
const root = path.resolve(import.meta.dirname, '../..');

interface RepairEntry {
  id: string;
  lines: number[];
  why: string;
}

interface NoteOnPage {
  id: string;
  source: string;
  published: string;
  passes: string[];
  repairs: { name: string; why: string }[];
}

const browser = chromiumForTests();
let page: Page;
let report: Report;
let notes: Map<string, NoteOnPage>;
const repairs = (JSON.parse(readFileSync(path.join(root, 'content/repairs.json'), 'utf8')) as { repairs: RepairEntry[] })
  .repairs;

beforeAll(async () => {
  report = await fetchReport(baseUrl);
  page = await browser().newPage();
  await page.goto(`${baseUrl}/notes/`, { waitUntil: 'domcontentloaded' });
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('li.note')].map((note) => ({
      id: note.id,
      source: note.querySelector('.source-text')?.textContent ?? '',
      published: note.querySelector('.published-text')?.textContent ?? '',
      passes: [...note.querySelectorAll('[data-pass]')].map((element) => element.getAttribute('data-pass')!),
      repairs: [...note.querySelectorAll('[data-repair]')].map((element) => ({
        name: element.getAttribute('data-repair')!,
        why: element.querySelector('q')?.textContent ?? '',
      })),
    })),
  );
  notes = new Map(found.map((note) => [note.id, note]));
});

const anchorOf = (lines: number[]) => `note-lines-${lines.join('-')}`;

describe('/notes/', () => {
  it('is titled ملاحظات تحريرية and holds notes', async () => {
    expect(await page.locator('h1').textContent()).toBe('ملاحظات تحريرية');
    expect(notes.size).toBeGreaterThan(0);
  });

  it('shows every reviewed repair of content/repairs.json with its reason', () => {
    expect(repairs.length).toBeGreaterThan(0);
    for (const repair of repairs) {
      const note = notes.get(anchorOf(repair.lines));
      expect(note, `repair ${repair.id}`).toBeDefined();
      expect(note!.repairs).toContainEqual({ name: repair.id, why: repair.why });
    }
  });

  it('shows every readingOrderChange: source as extracted, text as published, and who made it', () => {
    expect(report.readingOrderChanges.length).toBeGreaterThan(0);
    for (const change of report.readingOrderChanges) {
      const note = notes.get(anchorOf(change.lines));
      expect(note, `lines ${change.lines.join(', ')}`).toBeDefined();
      expect(note!.source).toBe(change.source);
      expect(note!.published).toBe(change.published);
      const authors = change.madeBy.kind === 'pass' ? note!.passes : note!.repairs.map((repair) => repair.name);
      expect(authors).toContain(change.madeBy.name);
    }
  });

  it('keeps the extracted text exactly, tatweel and runs of spaces included', async () => {
    const stretched = report.readingOrderChanges.find((change) => change.source.includes('\u0640'));
    expect(stretched).toBeDefined();
    const whiteSpace = await page.locator(`#${anchorOf(stretched!.lines)} .source-text`).evaluate((element) => getComputedStyle(element).whiteSpace);
    expect(whiteSpace).toBe('pre-wrap');
  });
});

describe('unit pages link to the notes about them', () => {
  it('every unit links to exactly the notes of its lines, and says so when there are none', async () => {
    for (const unit of report.units) {
      const expected = [...new Set(report.readingOrderChanges.filter((change) => change.belongsTo === unit.id).map((change) => anchorOf(change.lines)))];
      // The built HTML parsed by Chromium's own parser: quicker than loading 41 pages in full.
      const html = await (await fetch(`${baseUrl}${unit.url}`)).text();
      const { linked, sectionText } = await page.evaluate((markup) => {
        const parsed = new DOMParser().parseFromString(markup, 'text/html');
        return {
          linked: [...parsed.querySelectorAll('.unit-notes a[href^="/notes/#"]')].map((link) =>
            link.getAttribute('href')!.slice('/notes/#'.length),
          ),
          sectionText: parsed.querySelector('.unit-notes')?.textContent ?? '',
        };
      }, html);
      // Repairs that only re-spaced a line have a note too, so a unit may link to more notes.
      for (const anchor of expected) expect(linked, unit.id).toContain(anchor);
      for (const anchor of linked) expect(notes.has(anchor), `${unit.id} → ${anchor}`).toBe(true);
      if (linked.length === 0) expect(sectionText, unit.id).toContain('دون نقل');
    }
  });
});

describe('/data/source.txt', () => {
  it('is the extracted text byte for byte, and every note quotes its lines exactly', async () => {
    const response = await fetch(`${baseUrl}/data/source.txt`);
    expect(response.status).toBe(200);
    const served = Buffer.from(await response.arrayBuffer());
    expect(served.equals(readFileSync(path.join(root, report.document.source)))).toBe(true);
    expect(await page.goto(`${baseUrl}/notes/`).then(() => page.locator('a[href="/data/source.txt"]').count())).toBe(1);
    const sourceLines = served.toString('utf8').split('\n');
    for (const change of report.readingOrderChanges) {
      const quoted = change.lines.map((line) => sourceLines[line - 1]!.trimEnd()).join('\n');
      expect(change.source, `lines ${change.lines.join(', ')}`).toBe(quoted);
    }
  });
});

describe('section pages link to the notes about their heading', () => {
  it('every section whose heading was reordered links to those notes', async () => {
    let sectionsWithNotes = 0;
    for (const section of report.sections) {
      const expected = report.readingOrderChanges.filter((change) => change.belongsTo === `section-${section.id}`).map((change) => anchorOf(change.lines));
      const html = await (await fetch(`${baseUrl}/sections/${section.id}/`)).text();
      const linked = await page.evaluate((markup) => {
        const parsed = new DOMParser().parseFromString(markup, 'text/html');
        return [...parsed.querySelectorAll('.heading-notes a')].map((link) => link.getAttribute('href')!.slice('/notes/#'.length));
      }, html);
      expect(new Set(linked), section.id).toEqual(new Set(expected));
      if (expected.length > 0) sectionsWithNotes += 1;
    }
    expect(sectionsWithNotes).toBeGreaterThan(0);
  });
});
