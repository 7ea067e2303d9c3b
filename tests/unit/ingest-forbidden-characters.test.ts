import { describe, expect, it } from 'vitest';
import { forbiddenCharacterProblems } from '../../src/ingest/forbidden-characters';
import { parseReport } from '../../src/ingest/parse-report';
import { formatProblem } from '../../src/ingest/problems';

const fileNames = { source: 'report.txt', repairs: 'repairs.json', 'accepted-findings': 'accepted.json' };

describe('control and bidirectional formatting characters in the source', () => {
  it.each([
    ['\u0000', 'U+0000 (NUL, a control character)'],
    ['\u0007', 'U+0007 (BEL, a control character)'],
    ['\u000B', 'U+000B (VT, a control character)'],
    ['\r', 'U+000D (CR, a control character)'],
    ['\u001B', 'U+001B (ESC, a control character)'],
    ['\u001F', 'U+001F (US, a control character)'],
    ['\u007F', 'U+007F (DEL, a control character)'],
    ['\u0080', 'U+0080 (a C1 control character)'],
    ['\u009F', 'U+009F (a C1 control character)'],
    ['\u202A', 'U+202A (LEFT-TO-RIGHT EMBEDDING, a bidirectional control)'],
    ['\u202D', 'U+202D (LEFT-TO-RIGHT OVERRIDE, a bidirectional control)'],
    ['\u202E', 'U+202E (RIGHT-TO-LEFT OVERRIDE, a bidirectional control)'],
    ['\u2067', 'U+2067 (RIGHT-TO-LEFT ISOLATE, a bidirectional control)'],
    ['\u2069', 'U+2069 (POP DIRECTIONAL ISOLATE, a bidirectional control)'],
  ])('%j is named by its code point with its line and column', (character, described) => {
    expect(forbiddenCharacterProblems(['سطر أول', `توصية${character} عامة`], 'source')).toEqual([
      { file: 'source', line: 2, message: `${described} at column 6: control and bidirectional formatting characters are not allowed in the text` },
    ]);
  });

  it('lets text through: tab, Arabic, Latin, the marks U+200E/U+200F and the spaces the source uses', () => {
    expect(forbiddenCharacterProblems(['\tينبغي للدول REDTRAM \u200f\u00a0(٢٠١٤)', 'Handbook on'], 'source')).toEqual([]);
  });

  it('stops the ingest core before any pass: no report, no damage list, one problem per line', () => {
    const result = parseReport('سطر\n\u001b[2Jسطر ثان\u202e\n', [], { sourcePath: 'report.txt' });
    expect(result.report).toBeUndefined();
    expect(result.damage).toEqual([]);
    expect(result.problems.map((problem) => problem.line)).toEqual([2]);
  });

  it('reports at most 20 lines and counts the rest (a UTF-16 file read as UTF-8 has a NUL in every other byte)', () => {
    const problems = forbiddenCharacterProblems(Array.from({ length: 25 }, () => 'a\u0000b'), 'source');
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toEqual({ file: 'source', message: '5 more lines hold control or bidirectional formatting characters (is the file UTF-8 text?)' });
  });

  it('never writes such a character raw in a message: it is shown as <U+XXXX>', () => {
    const line = formatProblem({ file: 'repairs', line: 3, message: 'repair "x" does not match\n  found: "\u001b[2J\u202e\u0085"' }, fileNames);
    expect(line).toBe('repairs.json:3: repair "x" does not match\n  found: "<U+001B>[2J<U+202E><U+0085>"');
  });
});
