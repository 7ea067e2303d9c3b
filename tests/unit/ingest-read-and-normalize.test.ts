import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeLines, normalizeText } from '../../src/ingest/passes/normalize';
import { readLines } from '../../src/ingest/passes/read-lines';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('readLines', () => {
  it('numbers lines from 1 and keeps each line as received, trailing white space removed', () => {
    const { lines, problems } = readLines(fixture('mini-report.txt'));
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(42);
    expect(lines[0]).toMatchObject({ lines: [1], source: ' 100919    100919    V.19-09259 (A)' });
    expect(lines[16]).toMatchObject({ lines: [17], source: '  .ضحايا الاتِّجار بالبشر' });
  });

  it('does not count the newline that ends the file as another line, and accepts CRLF', () => {
    expect(readLines('أ\r\nب\n').lines.map((line) => [line.lines[0], line.source])).toEqual([
      [1, 'أ'],
      [2, 'ب'],
    ]);
  });

  it('reports an empty or blank file at line 1', () => {
    for (const text of ['', '  \n\n \t\n']) {
      expect(readLines(text).problems).toEqual([{ file: 'source', line: 1, message: expect.stringContaining('empty') }]);
    }
  });
});

describe('normalize', () => {
  it('removes tatweel, collapses white space and trims', () => {
    expect(normalizeText('  ينبغي للدول الأعضـــــــاء\u00a0 النظر   ')).toBe('ينبغي للدول الأعضاء النظر');
  });

  it('leaves line numbers and the source text alone', () => {
    const [line] = normalizeLines([{ lines: [7], source: 'الاســـتغلال  في', text: 'الاســـتغلال  في', changes: [] }]);
    expect(line).toEqual({ lines: [7], source: 'الاســـتغلال  في', text: 'الاستغلال في', changes: [] });
  });
});
