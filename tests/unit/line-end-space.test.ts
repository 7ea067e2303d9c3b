/**
 * The white space at the end of an extracted line (src/ingest/line-end-space.ts): which lines are
 * asked, when a line's extracted order is ruled out, and when a report shows the habit at all.
 * The lines are the report's (recommendation 26 and paragraph 2); how many of its lines keep
 * the habit is checked on the real report in ingest-real-report.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from '../../src/ingest/classified-line';
import { extractedOrderRuledOut, printedWithEndSpace, reportShowsEndSpace } from '../../src/ingest/line-end-space';
import { classifyLines } from '../../src/ingest/passes/classify-lines';
import { normalizeLines } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';

/** Source lines as ingest reads and classifies them. */
function linesOf(...source: string[]): ClassifiedLine[] {
  return classifyLines(normalizeLines(readLines(`${source.join('\n')}\n`).lines));
}

// Recommendation 26, lines 97 and 98: running text, ending with the space before the next line.
const [line97, line98] = linesOf(
  'ينبغي للدول الأعضــــاء تشــــجيع المؤســــســــات التجارية على اتباع الممارســــات المتعلقة بالتزام الحرص ',
  'الواجب بغرض منع الســخرة في ســلاســل التوريد العالمية والقضــاء على الممارســات التي تجعل العمال ',
);
// Paragraph 2, line 160: the line's end space went to its front («أيضا إلى» starts the printed line).
const [line160] = linesOf(' أهمية زيادة الثقة بين الدولة وجماعات المجتمع المحلي بغرض زيادة عدد حالات إحالة أيضــــــا إلى');
// Recommendation 26's last line, 100, and paragraph 2's first line, 159 (its number last).
const [line100] = linesOf('  الموظفين التي يدفعها العمال. المهاجرين أكثر عرضة للسخرة، ومنها على سبيل المثال رسوم استقدام');
// Recommendation 16's last line, 41, which ends with white space.
const [line41] = linesOf('  المتبادلة في سياق التصدي للاتِّجار بالأشخاص. ');
const [line159] = linesOf('ســلَّط عدة متكلمين الضــوء على أهمية تنظيم حملات توعية محددة الأهداف، مع الإشــارة   -٢');

describe('reading a line', () => {
  it('remembers that the source line ended with white space, and keeps it out of the source text', () => {
    expect(line97!.endsWithSpace).toBe(true);
    expect(line97!.source.endsWith(' ')).toBe(false);
    expect(line160!.endsWithSpace).toBeUndefined();
  });
});

describe('a line printed with a space at its end', () => {
  it('is running text that is not its unit\'s last line', () => {
    expect(printedWithEndSpace(line97!, false)).toBe(true);
    expect(printedWithEndSpace(line160!, false)).toBe(true);
  });

  it('is not a unit\'s last line, printed short, nor a paragraph\'s first line, whose number stands where extraction put it', () => {
    expect(printedWithEndSpace(line100!, true)).toBe(false);
    expect(line159!.role.kind).toBe('paragraph-start');
    expect(printedWithEndSpace(line159!, false)).toBe(false);
  });
});

describe('the extracted order', () => {
  it('is ruled out for such a line that does not end with white space (line 160)', () => {
    expect(extractedOrderRuledOut(line160!, false)).toBe(true);
  });

  it('stands for a line that ends with white space, a unit\'s last line and a paragraph\'s first line', () => {
    expect(extractedOrderRuledOut(line97!, false)).toBe(false);
    expect(extractedOrderRuledOut(line100!, true)).toBe(false);
    expect(extractedOrderRuledOut(line159!, false)).toBe(false);
  });
});

describe('a report that shows the habit', () => {
  const asked = (line: ClassifiedLine, showsNoCut = true, closesUnit = false) => ({ line, closesUnit, showsNoCut });
  const trimmed = (line: ClassifiedLine): ClassifiedLine => {
    const { endsWithSpace: _end, ...rest } = line;
    return rest;
  };

  it('ends more than half of its lines of running text that show no cut with white space', () => {
    expect(reportShowsEndSpace([asked(line97!), asked(line98!), asked(line160!)])).toBe(true);
  });

  it('does not where half or fewer do, as in an extraction that trims its lines', () => {
    expect(reportShowsEndSpace([asked(line97!), asked(line160!)])).toBe(false);
    expect(reportShowsEndSpace([asked(trimmed(line97!)), asked(trimmed(line98!)), asked(line160!)])).toBe(false);
    expect(reportShowsEndSpace([])).toBe(false);
  });

  it('counts neither lines that show a cut nor a unit\'s last lines', () => {
    expect(reportShowsEndSpace([asked(line97!, false), asked(line98!, false), asked(line160!)])).toBe(false);
    expect(line41!.endsWithSpace).toBe(true);
    expect(reportShowsEndSpace([asked(line97!), asked(line160!), asked(line41!, true, true)])).toBe(false);
  });
});
