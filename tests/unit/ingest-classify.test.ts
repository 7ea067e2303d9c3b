import { describe, expect, it } from 'vitest';
import { roleOf } from '../../src/ingest/passes/classify-lines';

describe('roleOf (the structure pass)', () => {
  it('finds the masthead noise: job number and barcode', () => {
    expect(roleOf('100919 100919 V.19-09259 (A)')).toEqual({ kind: 'job-number', jobNumber: 'V.19-09259 (A)' });
    expect(roleOf('*1909259*')).toEqual({ kind: 'barcode' });
    expect(roleOf('')).toEqual({ kind: 'blank' });
  });

  it('finds chapter and subsection headings with the label last (as extracted) or first (reading order)', () => {
    expect(roleOf('(تابع)التوصيات -ثانياً')).toEqual({ kind: 'chapter-heading', label: 'ثانياً', title: '(تابع)التوصيات' });
    expect(roleOf('ثالثاً- ملخَّص المداولات (تابع)')).toEqual({ kind: 'chapter-heading', label: 'ثالثاً', title: 'ملخَّص المداولات (تابع)' });
    expect(roleOf('تماعتنظيم الاج -رابعاً')).toEqual({ kind: 'chapter-heading', label: 'رابعاً', title: 'تماعتنظيم الاج' });
    expect(roleOf('توصيات عامة -ألف')).toEqual({ kind: 'subsection-heading', label: 'ألف', title: 'توصيات عامة' });
    expect(roleOf('دال- توصيات أخرى')).toEqual({ kind: 'subsection-heading', label: 'دال', title: 'توصيات أخرى' });
  });

  it('takes an unknown ordinal label at the end of a short line for a heading it cannot place, but not at the start of running text', () => {
    expect(roleOf('توصيات أخرى -سابعاً')).toEqual({ kind: 'unknown-heading', label: 'سابعاً', title: 'توصيات أخرى' });
    expect(roleOf('خصوصاً- في سياق التعاون الدولي.')).toEqual({ kind: 'text' });
  });

  it('finds recommendation headings however the word was cut and shuffled', () => {
    expect(roleOf('١٢التوصية')).toEqual({ kind: 'recommendation-heading', number: 12, digits: '١٢' });
    expect(roleOf('١٨ية التوص')).toEqual({ kind: 'recommendation-heading', number: 18, digits: '١٨' });
    expect(roleOf('التوصية ٣٤')).toEqual({ kind: 'recommendation-heading', number: 34, digits: '٣٤' });
    // Not a rotation of the word, or two numbers: text.
    expect(roleOf('١٢التصوية')).toEqual({ kind: 'text' });
    expect(roleOf('١٢التوصية ٣')).toEqual({ kind: 'text' });
  });

  it('finds paragraph numbers at the start, at the end and in the middle of a line', () => {
    expect(roleOf('٣- وأشار عدة متكلمين')).toMatchObject({ kind: 'paragraph-start', number: 3, marker: 'start' });
    expect(roleOf('وسلَّط متكلمون الضوء -٥')).toMatchObject({ kind: 'paragraph-start', number: 5, marker: 'end' });
    expect(roleOf('دِّدَ على أنَّ العمل -٦ وفيما يتعلق شُ')).toMatchObject({ kind: 'paragraph-start', number: 6, digits: '٦', marker: 'middle' });
  });

  it('does not take a date range or a number in running text for a paragraph number', () => {
    expect(roleOf('فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩')).toEqual({ kind: 'text' });
    expect(roleOf('٢٠١٩أيلول/سبتمبر ١١-٩فيينا،')).toEqual({ kind: 'text' });
    expect(roleOf('في البند ٣ من جدول الأعمال')).toEqual({ kind: 'text' });
  });
});
