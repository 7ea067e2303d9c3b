/**
 * Only text reaches a page. Control characters (NUL, BEL, ESC …, C0 and C1) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are invisible,
 * can reorder what a reader sees, and an ESC sequence can take over a terminal. They are never
 * published and never written raw to a terminal: ingest names each by its code point.
 */
import type { Problem, ProblemFile } from './problems';

/** C0 controls except tab and line feed (a carriage return is allowed only before a line feed), DEL, C1 controls, bidi controls. */
const forbiddenClass = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069';
const forbidden = new RegExp(`[${forbiddenClass}]`, 'u');
const forbiddenEverywhere = new RegExp(`[${forbiddenClass}]`, 'gu');

const c0Names = 'NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US'.split(' ');
const bidiNames: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** At most this many lines are reported: a file saved as UTF-16 has a NUL in every other byte. */
const maxLinesReported = 20;

/** "U+001B", the way Unicode names a code point. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+001B (ESC, a control character)", "U+202E (RIGHT-TO-LEFT OVERRIDE, a bidirectional control)". */
function describe(code: number): string {
  if (bidiNames[code] !== undefined) return `${codePointName(code)} (${bidiNames[code]}, a bidirectional control)`;
  if (code >= 0x80) return `${codePointName(code)} (a C1 control character)`;
  return `${codePointName(code)} (${code === 0x7f ? 'DEL' : c0Names[code]}, a control character)`;
}

/**
 * One problem per line holding forbidden characters: each distinct one by code point, with the
 * 1-based column where it first occurs. The lines are the text split at line feeds.
 */
export function forbiddenCharacterProblems(lines: readonly string[], file: ProblemFile): Problem[] {
  const problems: Problem[] = [];
  let linesWithForbidden = 0;
  lines.forEach((line, index) => {
    if (!forbidden.test(line)) return;
    linesWithForbidden++;
    if (problems.length === maxLinesReported) return;
    const firstColumn = new Map<number, number>();
    for (const match of line.matchAll(forbiddenEverywhere)) {
      const code = match[0].codePointAt(0)!;
      if (!firstColumn.has(code)) firstColumn.set(code, [...line.slice(0, match.index)].length + 1);
    }
    const found = [...firstColumn].map(([code, column]) => `${describe(code)} at column ${column}`).join('; ');
    problems.push({ file, line: index + 1, message: `${found}: control and bidirectional formatting characters are not allowed in the text` });
  });
  if (linesWithForbidden > maxLinesReported) {
    problems.push({ file, message: `${linesWithForbidden - maxLinesReported} more lines hold control or bidirectional formatting characters (is the file UTF-8 text?)` });
  }
  return problems;
}

/** Writes every forbidden character of a message as "<U+XXXX>", so nothing raw reaches a terminal (line feeds stay). */
export function withVisibleControls(message: string): string {
  return message.replace(forbiddenEverywhere, (character) => `<${codePointName(character.codePointAt(0)!)}>`);
}
