import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonWithLocations } from '../../src/ingest/json-with-locations';

const root = path.resolve(import.meta.dirname, '../..');

function errorOf(text: string) {
  const result = readJsonWithLocations(text);
  if (result.ok) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  return result.error;
}

describe('readJsonWithLocations', () => {
  it('reads the real repairs file to the same value as JSON.parse', () => {
    const text = readFileSync(path.join(root, 'content/repairs.json'), 'utf8');
    const result = readJsonWithLocations(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(JSON.parse(text));
  });

  it.each([
    '0',
    '-0.5e+3',
    '1E2',
    '"\\u0041\\n\\t\\/\\\\\\"\\ud83d\\ude00"',
    '[]',
    '{}',
    ' [ 1 , {"a" : [true, false, null]} ] ',
    '{"a": 1, "a": 2}',
    '{"__proto__": {"polluted": true}}',
    '"مرحبا"',
  ])('reads %s as JSON.parse does', (text) => {
    const result = readJsonWithLocations(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(result.value ?? 0)).toBe(Object.getPrototypeOf(JSON.parse(text) ?? 0));
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'a comma before "}": JSON allows no comma after the last member'],
    ['[1, 2,\n]', 2, 1, 'a comma before "]": JSON allows no comma after the last element'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}" after the value of "a", found \'"\' (U+0022)'],
    ['{\n  a: 1\n}', 2, 3, 'expected a member name in double quotes, found "a" (U+0061)'],
    ['{"a" 1}', 1, 6, 'expected ":" after the member name "a", found "1" (U+0031)'],
    ['[01]', 1, 2, 'not a valid JSON number'],
    ['[1.]', 1, 2, 'not a valid JSON number'],
    ['["a\nb"]', 1, 4, 'the control character U+000A inside a string (write it as an escape, e.g. \\n)'],
    ['["\\x"]', 1, 3, '"\\x" is not a JSON escape (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)'],
    ['["\\u12"]', 1, 3, '"\\u" must be followed by four hexadecimal digits'],
    ['[\n  "never closed', 2, 3, 'a string that is never closed'],
    ['{"a": tru}', 1, 7, 'expected a value (an object, array, string, number, true, false or null), found "t" (U+0074)'],
    ['{} {}', 1, 4, 'unexpected "{" (U+007B) after the end of the JSON value'],
    ['', 1, 1, 'expected a value (an object, array, string, number, true, false or null), found the end of the file'],
    ['\uFEFF{}', 1, 1, 'expected a value (an object, array, string, number, true, false or null), found U+FEFF'],
    // Columns count characters, as an editor shows them, not UTF-16 units or bytes.
    ['{"نص": "مرحبا" "x"}', 1, 16, 'expected "," or "}" after the value of "نص", found \'"\' (U+0022)'],
    ['["😀", x]', 1, 7, 'expected a value (an object, array, string, number, true, false or null), found "x" (U+0078)'],
  ])('%j: line %i, column %i', (text, line, column, message) => {
    expect(errorOf(text)).toEqual({ line, column, message });
  });

  it('never puts a control character of the input into a message', () => {
    const { message } = errorOf('[\u001b[2J]');
    expect(message).toBe('expected a value (an object, array, string, number, true, false or null), found U+001B');
    expect(errorOf('["\u001b"]').message).not.toContain('\u001b');
  });

  it('gives the line of every value, of a member by its name, and of a missing member by its parent', () => {
    const text = '{\n  "repairs": [\n    {\n      "id": "a",\n      "lines":\n        [3]\n    },\n    { "id": "b" }\n  ]\n}\n';
    const result = readJsonWithLocations(text);
    if (!result.ok) throw new Error('expected valid JSON');
    expect(result.locationOf([])).toEqual({ line: 1, column: 1 });
    expect(result.locationOf(['repairs'])).toEqual({ line: 2, column: 3 });
    expect(result.locationOf(['repairs', 0])).toEqual({ line: 3, column: 5 });
    expect(result.locationOf(['repairs', 0, 'lines'])).toEqual({ line: 5, column: 7 });
    expect(result.locationOf(['repairs', 0, 'lines', 0])).toEqual({ line: 6, column: 10 });
    expect(result.locationOf(['repairs', 1, 'id'])).toEqual({ line: 8, column: 7 });
    expect(result.locationOf(['repairs', 1, 'why'])).toEqual({ line: 8, column: 5 });
    expect(result.locationOf(['repairs', 7, 'id'])).toEqual({ line: 2, column: 3 });
  });
});
