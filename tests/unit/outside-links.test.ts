/**
 * What a link or citation carries outside the site: the origin setting (SITE_ORIGIN), the date in
 * a citation, and the text-fragment directive of a link to selected words.
 */
import { describe, expect, it } from 'vitest';
import { parseSiteOrigin } from '../../src/citing/site-origin';
import { absoluteUrl } from '../../src/citing/absolute-url';
import { citationDate } from '../../src/citing/citation-date';
import { textFragmentDirective } from '../../src/citing/text-fragment';

describe('parseSiteOrigin', () => {
  it('gives no origin when the variable is unset or blank', () => {
    expect(parseSiteOrigin(undefined)).toBeUndefined();
    expect(parseSiteOrigin('  ')).toBeUndefined();
  });

  it('keeps an http(s) origin, without a trailing slash', () => {
    expect(parseSiteOrigin('https://reports.example.int/')).toBe('https://reports.example.int');
    expect(parseSiteOrigin(' http://127.0.0.1:8080 ')).toBe('http://127.0.0.1:8080');
  });

  it('refuses anything that is not a bare origin, naming the variable', () => {
    expect(() => parseSiteOrigin('reports.example.int')).toThrow(/^SITE_ORIGIN="reports.example.int": not a URL/);
    expect(() => parseSiteOrigin('ftp://reports.example.int')).toThrow(/scheme ftp: is not http or https/);
    expect(() => parseSiteOrigin('https://reports.example.int/wg/')).toThrow(/path, query or fragment/);
    expect(() => parseSiteOrigin('https://user:secret@reports.example.int')).toThrow(/user name or password/);
  });
});

describe('absoluteUrl', () => {
  it('resolves a path against the origin, and gives nothing without one', () => {
    expect(absoluteUrl('/recommendations/12/', new URL('https://reports.example.int'))).toBe('https://reports.example.int/recommendations/12/');
    expect(absoluteUrl('/recommendations/12/', undefined)).toBeUndefined();
  });
});

describe('citationDate', () => {
  it('writes the day as the document writes its dates: Arabic-Indic digits, both month names', () => {
    expect(citationDate(new Date(2019, 8, 9))).toBe('٩ أيلول/سبتمبر ٢٠١٩');
    expect(citationDate(new Date(2026, 11, 1))).toBe('١ كانون الأول/ديسمبر ٢٠٢٦');
    expect(citationDate(new Date(2027, 5, 30))).toBe('٣٠ حزيران/يونيه ٢٠٢٧');
  });

  it('holds no invisible direction marks', () => {
    expect(citationDate(new Date(2026, 0, 15))).not.toMatch(/[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  });
});

describe('textFragmentDirective', () => {
  const text = 'ينبغي للدول الأعضاء النظر في التشاور مع ضحايا الاتِّجار بالبشر لأغراض الاستغلال الجنسي أو الاستغلال في العمل، والناجين';
  const range = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
  const decode = (directive: string) => directive.replace(/^:~:text=/, '').split(',').map(decodeURIComponent);

  it('names a short selection whole, with two words of context on each side', () => {
    const directive = textFragmentDirective(text, ...range('التشاور مع ضحايا'))!;
    expect(directive.startsWith(':~:text=')).toBe(true);
    expect(decode(directive)).toEqual(['النظر في-', 'التشاور مع ضحايا', '-الاتِّجار بالبشر']);
  });

  it('widens a selection that starts or ends inside a word to whole words', () => {
    const [from, to] = range('التشاور مع ضحايا');
    expect(textFragmentDirective(text, from + 3, to - 2)).toBe(textFragmentDirective(text, from, to));
    // Backwards selections (end before start) name the same words.
    expect(textFragmentDirective(text, to, from)).toBe(textFragmentDirective(text, from, to));
  });

  it('names a long selection by its first and last three words', () => {
    const directive = textFragmentDirective(text, ...range('الأعضاء النظر في التشاور مع ضحايا الاتِّجار بالبشر'))!;
    expect(decode(directive)).toEqual(['ينبغي للدول-', 'الأعضاء النظر في', 'ضحايا الاتِّجار بالبشر', '-لأغراض الاستغلال']);
  });

  it('leaves out context the text does not have, at its start and end', () => {
    expect(decode(textFragmentDirective(text, 0, 5)!)).toEqual(['ينبغي', '-للدول الأعضاء']);
    expect(decode(textFragmentDirective(text, text.length - 3, text.length)!)).toEqual(['في العمل،-', 'والناجين']);
  });

  it("escapes the directive's own syntax inside terms", () => {
    const directive = textFragmentDirective('٩-١١ أيلول، و/أو & غير ذلك', 0, 4)!;
    expect(directive).toBe(':~:text=%D9%A9%2D%D9%A1%D9%A1,-%D8%A3%D9%8A%D9%84%D9%88%D9%84%D8%8C%20%D9%88%2F%D8%A3%D9%88');
    expect(textFragmentDirective('و & ب', 2, 3)).toContain('%26');
  });

  it('gives nothing for a selection of white space only', () => {
    expect(textFragmentDirective('كلمة   أخرى', 5, 7)).toBeUndefined();
  });
});
