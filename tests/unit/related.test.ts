import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultThreshold, normalizeArabic, relatedUnits, sharedWordsExplainer, stemArabic, terms, tokenize } from '../../src/related';
import { report } from '../../src/report/schema';

const fixture = report.parse(
  JSON.parse(readFileSync(new URL('./fixtures/beyond/report.json', import.meta.url), 'utf8')),
);

describe('normalizeArabic', () => {
  it('removes tatweel and diacritics and folds alef forms, ى and ة', () => {
    expect(normalizeArabic('الأعضـــاء')).toBe('الاعضاء');
    expect(normalizeArabic('الاتِّجار')).toBe('الاتجار');
    expect(normalizeArabic('إدماج آمنة أوصى')).toBe('ادماج امنه اوصي');
    expect(normalizeArabic('Handbook')).toBe('handbook');
  });
});

describe('stemArabic', () => {
  it('strips joined particles with the article and common endings', () => {
    expect(stemArabic('والامتثال')).toBe('امتثال');
    expect(stemArabic('بالاشخاص')).toBe('اشخاص');
    expect(stemArabic('للاتجار')).toBe('اتجار');
    expect(stemArabic('موظفيها')).toBe('موظف');
    expect(stemArabic('الموظفين')).toBe('موظف');
    expect(stemArabic('المشتركه')).toBe('مشترك');
  });
  it('leaves short words and a bare ب or ل alone', () => {
    expect(stemArabic('بلد')).toBe('بلد');
    expect(stemArabic('لجنه')).toBe('لجن');
    expect(stemArabic('وضع')).toBe('وضع');
  });
  it('strips a bare و only when the rest is a word of the text, if told which words exist', () => {
    const words = new Set(['وسائط', 'سلط']);
    const isWord = (candidate: string) => words.has(candidate);
    expect(stemArabic('وسائط', isWord)).toBe('وسائط');
    expect(stemArabic('ووسائط', isWord)).toBe('وسائط');
    expect(stemArabic('وسلط', isWord)).toBe('سلط');
  });
});

describe('tokenize', () => {
  it('drops the formula every recommendation opens with, in any spelling', () => {
    expect(tokenize('ينبغي للدول الأعضـــاء النظر في')).toEqual([]);
  });
  it('keeps the content words, stemmed', () => {
    expect(tokenize('أفرقة التحقيق المشتركة')).toEqual(['افرق', 'تحقيق', 'مشترك']);
  });
  it('adds each pair of neighbouring stems as a phrase term', () => {
    expect(terms(['شبك', 'اجرام', 'ضالع'])).toEqual(['شبك', 'اجرام', 'ضالع', 'شبك_اجرام', 'اجرام_ضالع']);
  });
});

describe('relatedUnits on the fixture report', () => {
  const related = relatedUnits(fixture.units);
  const kindOf = new Map(fixture.units.map((unit) => [unit.id, unit.kind]));

  it('pairs recommendation 16 with paragraph 4 (joint investigation teams, mutual legal assistance)', () => {
    expect(related.get('recommendation-16')?.[0]?.id).toBe('paragraph-4');
    expect(related.get('paragraph-4')?.[0]?.id).toBe('recommendation-16');
  });

  it('pairs recommendation 33 with paragraph 17 (training staff before they work abroad)', () => {
    expect(related.get('recommendation-33')?.[0]?.id).toBe('paragraph-17');
    expect(related.get('paragraph-17')?.[0]?.id).toBe('recommendation-33');
  });

  it('links every unit only to units of the other kind, never to itself, at most three', () => {
    expect([...related.keys()].sort()).toEqual(fixture.units.map((unit) => unit.id).sort());
    for (const [id, links] of related) {
      expect(links.length).toBeLessThanOrEqual(3);
      for (const link of links) {
        expect(link.id).not.toBe(id);
        expect(kindOf.get(link.id)).not.toBe(kindOf.get(id));
        expect(link.score).toBeGreaterThanOrEqual(defaultThreshold);
      }
    }
  });

  it('shows no link where only weak overlap exists', () => {
    // Safe shelters (22) and the list of speakers (18) share no topic with any unit of the other kind.
    expect(related.get('recommendation-22')).toEqual([]);
    expect(related.get('paragraph-18')).toEqual([]);
  });

  it('never links two units that share a single word, however rare', () => {
    const units = [
      { id: 'recommendation-1', kind: 'recommendation' as const, text: 'تناول دور الفضاء السيبراني' },
      { id: 'paragraph-1', kind: 'paragraph' as const, text: 'الدور المحوري للبروتوكول' },
      { id: 'paragraph-2', kind: 'paragraph' as const, text: 'ملاجئ آمنة للضحايا' },
    ];
    expect(relatedUnits(units, { threshold: 0 }).get('recommendation-1')).toEqual([]);
    expect(relatedUnits(units, { threshold: 0, minimumSharedWords: 1 }).get('recommendation-1')?.[0]?.id).toBe('paragraph-1');
  });

  it('orders links best first and honours a smaller limit and a higher threshold', () => {
    for (const links of related.values()) {
      expect(links.map((link) => link.score)).toEqual([...links.map((link) => link.score)].sort((a, b) => b - a));
    }
    const loose = relatedUnits(fixture.units, { threshold: 0, limit: 1 });
    for (const links of loose.values()) expect(links.length).toBeLessThanOrEqual(1);
    const strict = relatedUnits(fixture.units, { threshold: 0.95 });
    expect([...strict.values()].flat()).toEqual([]);
  });
});

describe('sharedWordsExplainer', () => {
  const explain = sharedWordsExplainer(fixture.units);

  it('names the words two related units share, as written in the first, rarest first', () => {
    const words = explain('recommendation-16', 'paragraph-4', 10);
    expect(words).toEqual(expect.arrayContaining(['أفرقة', 'التحقيق', 'المشتركة', 'والامتثال', 'لطلبات', 'المساعدة', 'القانونية', 'المتبادلة']));
    expect(words).not.toContain('ينبغي');
    expect(explain('recommendation-16', 'paragraph-4')).toHaveLength(4);
  });

  it('uses the written form of the unit it is asked from', () => {
    expect(explain('recommendation-33', 'paragraph-17', 20)).toContain('موظفيها');
    expect(explain('paragraph-17', 'recommendation-33', 20)).toContain('الموظفين');
  });

  it('names an unknown unit', () => {
    expect(() => explain('recommendation-16', 'paragraph-99')).toThrow('unknown unit "paragraph-99"');
  });
});
