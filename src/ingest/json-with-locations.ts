/**
 * A JSON reader that keeps where things are. JSON.parse says neither the line nor the column of a
 * syntax error (Node 20 gives a character offset for some errors and nothing for others), and it
 * forgets where each value was, so a schema error could only say "repair #7". This reader follows
 * RFC 8259 exactly, builds the same value JSON.parse would, and remembers the position of every
 * value, so each problem in content/repairs.json can name its line.
 *
 * Pure: text in, value and positions out.
 */
import type { z } from 'zod';
import type { Problem, ProblemFile } from './problems';

/** A 1-based line and column (columns count characters, as editors show them). */
export interface TextLocation {
  line: number;
  column: number;
}

/** A path into a JSON value: object keys and array indices, as zod reports them. */
export type JsonPath = readonly (string | number)[];

export type JsonReadResult =
  | {
      ok: true;
      value: unknown;
      /**
       * Where the value at `path` starts (for an object member, where its key starts). A path
       * that does not exist gives the location of its deepest existing ancestor.
       */
      locationOf(path: JsonPath): TextLocation;
    }
  | { ok: false; error: TextLocation & { message: string } };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Reads JSON text; on a syntax error, says what is wrong and where. */
export function readJsonWithLocations(text: string): JsonReadResult {
  const offsets = new Map<string, number>();
  const reader = new Reader(text, offsets);
  try {
    const value = reader.document();
    const lineStarts = lineStartsOf(text);
    return {
      ok: true,
      value,
      locationOf(path) {
        for (let length = path.length; length >= 0; length--) {
          const offset = offsets.get(pathKey(path.slice(0, length)));
          if (offset !== undefined) return locationAt(text, lineStarts, offset);
        }
        return { line: 1, column: 1 };
      },
    };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, error: { ...locationAt(text, lineStartsOf(text), error.offset), message: error.message } };
  }
}

const pathKey = (path: JsonPath) => JSON.stringify(path);

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1);
  return starts;
}

function locationAt(text: string, lineStarts: number[], offset: number): TextLocation {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  // Count characters, not UTF-16 units, so a column agrees with the editor's on Arabic text.
  const column = [...text.slice(lineStarts[low], offset)].length + 1;
  return { line: low + 1, column };
}

/** Names a character without printing it raw: a control character could act on the terminal. */
export function describeCharacter(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (!/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)) return code;
  return character === '"' ? `'"' (${code})` : `"${character}" (${code})`;
}

const whiteSpace = new Set([' ', '\t', '\n', '\r']);
const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Reader {
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly offsets: Map<string, number>,
  ) {}

  document(): unknown {
    this.skipWhiteSpace();
    const value = this.value([]);
    this.skipWhiteSpace();
    if (this.index < this.text.length) this.fail(`unexpected ${this.describeHere()} after the end of the JSON value`);
    return value;
  }

  private value(path: JsonPath): unknown {
    if (!this.offsets.has(pathKey(path))) this.offsets.set(pathKey(path), this.index);
    const character = this.text[this.index];
    if (character === '{') return this.object(path);
    if (character === '[') return this.array(path);
    if (character === '"') return this.string();
    if (character === '-' || (character !== undefined && character >= '0' && character <= '9')) return this.number();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        return value;
      }
    }
    return this.fail(`expected a value (an object, array, string, number, true, false or null), found ${this.describeHere()}`);
  }

  private object(path: JsonPath): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.index++; // {
    this.skipWhiteSpace();
    if (this.text[this.index] === '}') {
      this.index++;
      return result;
    }
    for (;;) {
      if (this.text[this.index] !== '"') {
        if (this.text[this.index] === '}') this.fail('a comma before "}": JSON allows no comma after the last member');
        this.fail(`expected a member name in double quotes, found ${this.describeHere()}`);
      }
      const keyOffset = this.index;
      const key = this.string();
      const memberPath = [...path, key];
      // A member is found where its name is written; JSON.parse keeps the last of repeated names.
      this.offsets.set(pathKey(memberPath), keyOffset);
      this.skipWhiteSpace();
      if (this.text[this.index] !== ':') this.fail(`expected ":" after the member name "${key}", found ${this.describeHere()}`);
      this.index++;
      this.skipWhiteSpace();
      // defineProperty, not assignment: a member named "__proto__" is data, as in JSON.parse.
      Object.defineProperty(result, key, { value: this.value(memberPath), enumerable: true, writable: true, configurable: true });
      this.skipWhiteSpace();
      const next = this.text[this.index];
      if (next === '}') {
        this.index++;
        return result;
      }
      if (next !== ',') this.fail(`expected "," or "}" after the value of "${key}", found ${this.describeHere()}`);
      this.index++;
      this.skipWhiteSpace();
    }
  }

  private array(path: JsonPath): unknown[] {
    const result: unknown[] = [];
    this.index++; // [
    this.skipWhiteSpace();
    if (this.text[this.index] === ']') {
      this.index++;
      return result;
    }
    for (;;) {
      if (this.text[this.index] === ']') this.fail('a comma before "]": JSON allows no comma after the last element');
      result.push(this.value([...path, result.length]));
      this.skipWhiteSpace();
      const next = this.text[this.index];
      if (next === ']') {
        this.index++;
        return result;
      }
      if (next !== ',') this.fail(`expected "," or "]" after an array element, found ${this.describeHere()}`);
      this.index++;
      this.skipWhiteSpace();
    }
  }

  private string(): string {
    const start = this.index;
    this.index++; // "
    let result = '';
    for (;;) {
      const character = this.text[this.index];
      if (character === undefined) this.fail('a string that is never closed', start);
      if (character === '"') {
        this.index++;
        return result;
      }
      if (character < ' ') {
        this.fail(`the control character ${describeCharacter(character)} inside a string (write it as an escape, e.g. \\n)`);
      }
      if (character !== '\\') {
        result += character;
        this.index++;
        continue;
      }
      const escape = this.text[this.index + 1];
      if (escape === 'u') {
        const hex = this.text.slice(this.index + 2, this.index + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('"\\u" must be followed by four hexadecimal digits');
        result += String.fromCharCode(Number.parseInt(hex, 16));
        this.index += 6;
      } else if (escape !== undefined && escape in escapes) {
        result += escapes[escape];
        this.index += 2;
      } else {
        this.fail(`"\\${escape ?? ''}" is not a JSON escape (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)`);
      }
    }
  }

  private number(): number {
    numberPattern.lastIndex = this.index;
    const match = numberPattern.exec(this.text);
    const after = match ? this.index + match[0].length : this.index;
    if (!match || /[0-9.eE+-]/.test(this.text[after] ?? '')) this.fail('not a valid JSON number');
    this.index = after;
    return Number(match[0]);
  }

  private skipWhiteSpace(): void {
    while (whiteSpace.has(this.text[this.index]!)) this.index++;
  }

  private describeHere(): string {
    const character = this.text.codePointAt(this.index);
    return character === undefined ? 'the end of the file' : describeCharacter(String.fromCodePoint(character));
  }

  private fail(message: string, offset = this.index): never {
    throw new JsonSyntaxError(message, offset);
  }
}

/**
 * Reads the text of a JSON input file and validates it against its schema: the value and where
 * each of its parts stands, or every fault as a problem of `file` on its line (a syntax error
 * also with its column), worded by `describe`. The repairs file and the accepted-findings list
 * are read this way.
 */
export function readJsonFileWithSchema<T>(
  fileText: string,
  schema: z.ZodType<T>,
  file: ProblemFile,
  describe: (issue: z.ZodIssue, json: unknown) => string,
): { ok: true; value: T; locationOf: (path: JsonPath) => TextLocation } | { ok: false; problems: Problem[] } {
  const read = readJsonWithLocations(fileText);
  if (!read.ok) {
    const { line, column, message } = read.error;
    return { ok: false, problems: [{ file, line, column, message: `not valid JSON: ${message}` }] };
  }
  const result = schema.safeParse(read.value);
  if (result.success) return { ok: true, value: result.data, locationOf: read.locationOf };
  return {
    ok: false,
    problems: result.error.issues.map((issue): Problem => ({ file, line: read.locationOf(issue.path).line, message: describe(issue, read.value) })),
  };
}
