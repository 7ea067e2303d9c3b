import { readFileSync } from 'node:fs';
import type { Element, Nodes } from 'xast';
import { describe, expect, it } from 'vitest';
import { akomaNtosoXml, buildAkomaNtoso, parseMeetingDates, unitEid } from '../../src/akn';
import { report, type Report } from '../../src/report/schema';
import { validateXml } from '../support/xmllint';

const fixture = report.parse(
  JSON.parse(readFileSync(new URL('./fixtures/beyond/report.json', import.meta.url), 'utf8')),
);

function elements(node: Nodes): Element[] {
  const own = node.type === 'element' ? [node] : [];
  const children = 'children' in node ? node.children.flatMap((child) => elements(child as Nodes)) : [];
  return [...own, ...children];
}

describe('akomaNtosoXml on the fixture report', () => {
  const xml = akomaNtosoXml(fixture);
  const all = elements(buildAkomaNtoso(fixture));

  it('validates against the Akoma Ntoso 3.0 schema', () => {
    const validation = validateXml(xml);
    expect(validation.messages).toContain('validates');
    expect(validation.valid).toBe(true);
  });

  it('is a debateReport with meta, preface and mainBody in that order', () => {
    const debateReport = all.find((element) => element.name === 'debateReport')!;
    const childNames = debateReport.children.filter((child) => child.type === 'element').map((child) => (child as Element).name);
    expect(childNames).toEqual(['meta', 'preface', 'mainBody']);
  });

  it('names the work, the Arabic expression and this manifestation with FRBR URIs', () => {
    const value = (parent: string, name: string) =>
      all.find((element) => element.name === parent)!.children.find(
        (child): child is Element => child.type === 'element' && child.name === name,
      )!.attributes;
    expect(value('FRBRWork', 'FRBRuri').value).toBe('/akn/un/debateReport/wg-tip/2019-09-11/v19-09259');
    expect(value('FRBRWork', 'FRBRcountry').value).toBe('un');
    expect(value('FRBRExpression', 'FRBRuri').value).toBe('/akn/un/debateReport/wg-tip/2019-09-11/v19-09259/ara@');
    expect(value('FRBRExpression', 'FRBRlanguage').language).toBe('ara');
    expect(value('FRBRManifestation', 'FRBRthis').value).toBe('/akn/un/debateReport/wg-tip/2019-09-11/v19-09259/ara@/!main.xml');
  });

  it('has one debateSection per chapter and subsection, and one per unit, with unique eIds', () => {
    const sections = all.filter((element) => element.name === 'debateSection');
    const byName = (name: string) => sections.filter((element) => element.attributes.name === name).map((element) => element.attributes.eId);
    expect(byName('chapter')).toEqual(['dbsect_ii', 'dbsect_iii', 'dbsect_iv']);
    expect(byName('subsection')).toEqual(['dbsect_ii__dbsect_a', 'dbsect_ii__dbsect_b', 'dbsect_ii__dbsect_c', 'dbsect_iv__dbsect_b']);
    expect(byName('recommendation')).toContain('dbsect_ii__dbsect_a__recommendation_17');
    expect(byName('paragraph')).toContain('dbsect_iii__para_17');
    expect(byName('recommendation').length + byName('paragraph').length).toBe(fixture.units.length);
    const eIds = all.map((element) => element.attributes.eId).filter(Boolean);
    expect(new Set(eIds).size).toBe(eIds.length);
  });

  it('puts paragraph 1 inside subsection ii-c before recommendation 33, as printed', () => {
    expect(xml.indexOf('dbsect_ii__dbsect_c__para_1"')).toBeGreaterThan(xml.indexOf('eId="dbsect_ii__dbsect_c"'));
    expect(xml.indexOf('dbsect_ii__dbsect_c__para_1"')).toBeLessThan(xml.indexOf('dbsect_ii__dbsect_c__recommendation_33"'));
  });

  it('marks the English title in paragraph 17 with xml:lang and direction', () => {
    expect(xml).toContain(
      '<span xml:lang="en" its:dir="ltr">"Handbook on how to prevent human trafficking for domestic servitude in diplomatic households and protect private domestic workers"</span>',
    );
    expect(xml).toContain('<mainBody xml:lang="ar" its:dir="rtl">');
  });

  it('gives each unit its printed number', () => {
    expect(xml).toContain('<num>التوصية ١٦</num>');
    expect(xml).toContain('<num>١٧-</num>');
  });
});

describe('validation catches broken output', () => {
  it('rejects duplicate eIds', () => {
    const broken: Report = structuredClone(fixture);
    broken.units[1] = { ...broken.units[1]!, number: 12 };
    const validation = validateXml(akomaNtosoXml(broken));
    expect(validation.valid).toBe(false);
    expect(validation.messages).toContain('eId-debateReport');
  });

  it('escapes markup characters in the text and still validates', () => {
    const tricky: Report = structuredClone(fixture);
    tricky.units[0] = { ...tricky.units[0]!, text: 'نص فيه <ب> و & و "اقتباس"' };
    const xml = akomaNtosoXml(tricky);
    expect(xml).toContain('نص فيه &#x3C;ب> و &#x26; و "اقتباس"');
    expect(validateXml(xml).valid).toBe(true);
  });

  it('refuses text XML cannot hold, naming the unit', () => {
    const tricky: Report = structuredClone(fixture);
    tricky.units[0] = { ...tricky.units[0]!, text: 'نص ]]> نص' };
    expect(() => akomaNtosoXml(tricky)).toThrow('report.json unit recommendation-12 text: the text contains "]]>"');
  });
});

describe('eIds', () => {
  it('differ for a recommendation and a paragraph with the same number', () => {
    expect(unitEid({ kind: 'recommendation', number: 12, section: 'ii-a' })).toBe('dbsect_ii__dbsect_a__recommendation_12');
    expect(unitEid({ kind: 'paragraph', number: 12, section: 'iii' })).toBe('dbsect_iii__para_12');
  });
});

describe('parseMeetingDates', () => {
  it('reads days in either order', () => {
    expect(parseMeetingDates('٩-١١ أيلول/سبتمبر ٢٠١٩')).toEqual({ start: '2019-09-09', end: '2019-09-11' });
    expect(parseMeetingDates('١١-٩ أيلول/سبتمبر ٢٠١٩')).toEqual({ start: '2019-09-09', end: '2019-09-11' });
  });
  it('names the text it cannot read', () => {
    expect(() => parseMeetingDates('أيلول ٢٠١٩')).toThrow(/document\.dates: cannot read "أيلول ٢٠١٩"/);
  });
});
