/**
 * /data/report.akn.xml is valid Akoma Ntoso 3.0 (checked with xmllint against the OASIS schema),
 * holds every unit of the served report.json once under a unique eId, and marks the language of
 * every Latin run. Unit pages link to it and to their plain-text copy.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { validateXml } from '../support/xmllint';
import { fetchReport } from './helpers/site-facts';
import type { Report } from '../../src/report/schema';

const baseUrl = inject('baseUrl');

let report: Report;
let xml: string;
let contentType: string | null;

beforeAll(async () => {
  report = await fetchReport(baseUrl);
  const response = await fetch(`${baseUrl}/data/report.akn.xml`);
  expect(response.status).toBe(200);
  contentType = response.headers.get('content-type');
  xml = await response.text();
});

describe('/data/report.akn.xml', () => {
  it('is served as XML and validates against the Akoma Ntoso 3.0 schema', () => {
    expect(contentType).toContain('xml');
    const validation = validateXml(xml);
    expect(validation.messages).toContain('validates');
    expect(validation.valid).toBe(true);
  });

  it('is a debateReport of the Arabic expression', () => {
    expect(xml).toMatch(/<akomaNtoso xmlns="http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0"/);
    expect(xml).toContain('<debateReport ');
    expect(xml).toContain('<FRBRlanguage language="ara">');
  });

  it('holds every unit once, with an eId unique although numbers 12–18 exist in both kinds', () => {
    const eIds = [...xml.matchAll(/ eId="([^"]+)"/g)].map((match) => match[1]!);
    expect(new Set(eIds).size).toBe(eIds.length);
    for (const unit of report.units) {
      const suffix = `__${unit.kind === 'recommendation' ? 'recommendation' : 'para'}_${unit.number}`;
      expect(eIds.filter((eId) => eId.endsWith(suffix)), unit.id).toHaveLength(1);
    }
    expect(eIds.filter((eId) => /__(recommendation|para)_\d+$/.test(eId))).toHaveLength(report.units.length);
  });

  it('has one debateSection per chapter and subsection', () => {
    for (const section of report.sections) {
      const eId = section.id.split('-').map((part) => `dbsect_${part}`).join('__');
      expect(xml).toContain(`<debateSection eId="${eId}" name="${section.parent === null ? 'chapter' : 'subsection'}">`);
    }
  });

  it('marks every Latin letter of the body text as English, left to right', () => {
    const body = xml.slice(xml.indexOf('<mainBody'), xml.indexOf('</mainBody>'));
    const withoutEnglish = body.replace(/<span xml:lang="en" its:dir="ltr">[^<]*<\/span>/g, '');
    const text = withoutEnglish.replace(/<[^>]*>/g, '');
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(body).toContain('<span xml:lang="en" its:dir="ltr">REDTRAM</span>');
  });
});

describe('unit pages offer their data', () => {
  it('link to the JSON, the Akoma Ntoso XML and their own plain text', async () => {
    for (const unit of [report.units[0]!, report.units[report.units.length - 1]!]) {
      const html = await (await fetch(`${baseUrl}${unit.url}`)).text();
      expect(html).toContain('href="/data/report.json"');
      expect(html).toContain('href="/data/report.akn.xml"');
      expect(html).toContain(`href="${unit.url}text.txt"`);
    }
  });

  it('serve each unit as plain text: its title, then its text', async () => {
    for (const unit of report.units) {
      const response = await fetch(`${baseUrl}${unit.url}text.txt`);
      expect(response.status, unit.id).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const lines = (await response.text()).split('\n');
      expect(lines[0]).toBe(unit.title);
      expect(lines[2]).toBe(unit.text);
    }
  });
});
