import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyRepairs } from '../../src/ingest/passes/apply-repairs';
import { readLines } from '../../src/ingest/passes/read-lines';
import { parseRepairsFile, type Repair } from '../../src/ingest/repairs-schema';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/ingest/${name}`, import.meta.url), 'utf8');
const miniLines = () => readLines(fixture('mini-report.txt')).lines;

/** Lines 15-17 of the mini report: a recommendation's text with its full stop printed first. */
const twoLineRepair: Repair = {
  id: 'lines-15-17',
  lines: [15, 16, 17],
  expect: 'ينبغي للدول الأعضـــاء تنظيم حملات توعية تســـتهدف الضـــحايا والمجموعات التي يحتمل أن تتبيَّن\n\n  .ضحايا الاتِّجار بالبشر',
  text: 'ينبغي للدول الأعضاء تنظيم حملات توعية تستهدف الضحايا والمجموعات التي يحتمل أن تتبيَّن ضحايا الاتِّجار بالبشر.',
  why: 'test',
};

describe('applyRepairs', () => {
  it('replaces the named lines with one logical line that remembers all of them', () => {
    const before = miniLines();
    const { lines, problems } = applyRepairs(before, [twoLineRepair]);
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(before.length - 2);
    const repaired = lines.find((line) => line.repairId === 'lines-15-17');
    expect(repaired).toEqual({
      lines: [15, 16, 17],
      source: twoLineRepair.expect,
      text: twoLineRepair.text,
      repairId: 'lines-15-17',
      changes: [{ kind: 'reviewed-repair', name: 'lines-15-17' }],
    });
    // The line after the repair keeps its own number.
    expect(lines[lines.indexOf(repaired!) + 1]!.lines).toEqual([18]);
  });

  it('keeps on the repaired line whether its last source line ended with white space, for the passes that read it as extracted', () => {
    const oneLine: Repair = { id: 'line-15', lines: [15], expect: twoLineRepair.expect.split('\n')[0]!, text: 'ينبغي للدول الأعضاء تنظيم حملات توعية تستهدف الضحايا والمجموعات التي يحتمل أن تتبيَّن', why: 'test' };
    expect(miniLines()[14]!.endsWithSpace).toBe(true);
    expect(applyRepairs(miniLines(), [oneLine]).lines.find((line) => line.repairId === 'line-15')!.endsWithSpace).toBe(true);
    // Lines 15-17 end with line 17, which has no white space at its end.
    expect(applyRepairs(miniLines(), [twoLineRepair]).lines.find((line) => line.repairId === 'lines-15-17')!.endsWithSpace).toBeUndefined();
  });

  it('applies the repairs of the fixture file', () => {
    const { repairs, problems: fileProblems } = parseRepairsFile(fixture('mini-repairs.json'));
    expect(fileProblems).toEqual([]);
    const { lines, problems } = applyRepairs(miniLines(), repairs);
    expect(problems).toEqual([]);
    expect(lines.find((line) => line.lines[0] === 32)!.text).toBe(repairs[0]!.text);
  });

  it('refuses a repair whose expected text is not in the source, naming the repair, the line and both texts', () => {
    const stale = { ...twoLineRepair, expect: twoLineRepair.expect.replace('تنظيم', 'تنظيمٍ') };
    const { lines, problems } = applyRepairs(miniLines(), [stale]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'source', line: 15 });
    expect(problems[0]!.message).toContain('repair "lines-15-17"');
    expect(problems[0]!.message).toContain('lines 15-17');
    expect(problems[0]!.message).toContain('expected: "ينبغي للدول الأعضـــاء تنظيمٍ');
    expect(problems[0]!.message).toContain('found:    "ينبغي للدول الأعضـــاء تنظيم ');
    expect(lines.some((line) => line.repairId)).toBe(false);
  });

  it('refuses repairs that claim the same line, or lines past the end', () => {
    const overlapping: Repair = { ...twoLineRepair, id: 'again', lines: [17], expect: '  .ضحايا الاتِّجار بالبشر' };
    const pastTheEnd: Repair = { ...twoLineRepair, id: 'far', lines: [42, 43], expect: 'x' };
    const { problems } = applyRepairs(miniLines(), [twoLineRepair, overlapping, pastTheEnd]);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [17, expect.stringContaining('"lines-15-17" and "again"')],
      [42, expect.stringContaining('names line 43, but the source has only 42 lines')],
    ]);
  });
});

describe('parseRepairsFile', () => {
  it('names the repair, the field and the line of every fault', () => {
    const { repairs, problems } = parseRepairsFile(fixture('invalid-repairs.json'));
    expect(repairs).toEqual([]);
    // Line 5 holds the bad "lines" field; the second repair is all on line 10, and a missing
    // field is reported on the line where its repair starts.
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [5, 'repair "line-3", field "lines": must be consecutive and ascending, e.g. [17, 18, 19]'],
      [10, 'repair #2, field "id": must not be empty'],
      [10, 'repair #2, field "why": Required'],
    ]);
  });

  it('reports a file that is not JSON with its line and column, or that has the wrong shape', () => {
    expect(parseRepairsFile('{ "repairs": [').problems).toEqual([
      { file: 'repairs', line: 1, column: 15, message: 'not valid JSON: expected a value (an object, array, string, number, true, false or null), found the end of the file' },
    ]);
    expect(parseRepairsFile('[]').problems).toEqual([
      { file: 'repairs', line: 1, message: expect.stringMatching(/^the file: Expected object/) },
    ]);
  });

  it('reports an id used twice on the line of the second use', () => {
    const repair = { id: 'line-1', lines: [1], expect: 'a', text: 'a', why: 'w' };
    expect(parseRepairsFile(JSON.stringify({ repairs: [repair, repair] }, null, 2)).problems).toEqual([
      { file: 'repairs', line: 13, message: 'repair "line-1": the id is used more than once' },
    ]);
  });
});
