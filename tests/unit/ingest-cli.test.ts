import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { report as reportSchema } from '../../src/report/schema';
import { tsScriptCommand } from '../../support/run-ts-script';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = 'tests/unit/fixtures/ingest';

/** Runs `npm run ingest`'s script with the given options, from the repository root (without blocking the test worker). */
function ingest(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(...tsScriptCommand('scripts/ingest.ts', args), { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The line ingest prints before the damage findings that stop it. */
const damageHeader = (repairs: string) =>
  `ingest: damage left in the published text; repair it in ${repairs}, or accept a finding with its reason in a reviewed list given with --accepted-findings`;

/** Each case starts real processes; on a loaded machine one can take many seconds. */
const processTimeout = 120_000;

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));

/** A well-formed accepted list that is not in the repository, so not a reviewed one. */
const acceptedOutside = path.join(freshDir(), 'accepted-findings.json');
writeFileSync(acceptedOutside, readFileSync(path.join(root, fixtures, 'accepted-findings.json')));

/** The SHA-256 of every file under a folder, by relative path. */
function checksums(dir: string): Map<string, string> {
  return new Map([...snapshot(dir)].map(([file, bytes]) => [file, createHash('sha256').update(bytes).digest('hex')]));
}

/** Every file under a folder, by relative path, as bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), readFileSync(full));
  }
  return files;
}

describe('npm run ingest (scripts/ingest.ts)', { timeout: processTimeout }, () => {
  // One good output, copied in front of every bad run; and one output of the real report, copied
  // in front of a bad run on it and compared with a second run's.
  let goodOutput: string;
  let realOutput: string;
  beforeAll(async () => {
    goodOutput = path.join(freshDir(), 'generated');
    realOutput = path.join(freshDir(), 'generated');
    const runs = await Promise.all([
      ingest('--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/mini-repairs.json`, '--out', goodOutput),
      ingest('--out', realOutput),
    ]);
    expect(runs.map((run) => run.stderr)).toEqual(['', '']);
    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    // Two processes side by side.
  }, 2 * processTimeout);

  it('writes one MDX file per unit, report.json and damage-report.json', async () => {
    const out = path.join(freshDir(), 'generated');
    const run = await ingest('--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/mini-repairs.json`, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('7 units in 7 sections');
    expect([...snapshot(out).keys()].sort()).toEqual([
      '.ingest-output',
      'damage-report.json',
      'report.json',
      ...['paragraph-1', 'paragraph-2', 'paragraph-3', 'recommendation-12', 'recommendation-13', 'recommendation-14', 'recommendation-15'].map((id) => `units/${id}.mdx`),
    ]);
    const reportText = readFileSync(path.join(out, 'report.json'), 'utf8');
    expect(reportText.endsWith('}\n')).toBe(true);
    expect(reportText.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(reportSchema.parse(JSON.parse(reportText)).units).toHaveLength(7);
    expect(JSON.parse(readFileSync(path.join(out, 'damage-report.json'), 'utf8'))).toEqual({ damage: [] });
  });

  it('publishes damage only when a reviewed list in the repository accepts each exact finding, and lists it in damage-report.json', async () => {
    const out = path.join(freshDir(), 'generated');
    const run = await ingest('--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/no-repairs.json`, '--accepted-findings', `${fixtures}/accepted-findings.json`, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`4 damage findings accepted by ${fixtures}/accepted-findings.json`);
    expect(JSON.parse(readFileSync(path.join(out, 'damage-report.json'), 'utf8')).damage).toHaveLength(4);
  });

  it('stops on damage in the real report: one repair left out of content/repairs.json gives exit 1, the findings as file:line, and the previous output unchanged', async () => {
    const out = path.join(freshDir(), 'generated');
    cpSync(realOutput, out, { recursive: true });
    const before = checksums(out);
    const repairs = JSON.parse(readFileSync(path.join(root, 'content/repairs.json'), 'utf8')) as { repairs: { id: string }[] };
    const withoutOne = path.join(freshDir(), 'repairs.json');
    writeFileSync(withoutOne, JSON.stringify({ repairs: repairs.repairs.filter((repair) => repair.id !== 'line-17') }));
    const run = await ingest('--repairs', withoutOne, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toContain('content/source/V1909259-ar.txt:17: recommendation-12: word-fragment: ال');
    expect(run.stderr).toContain(`${out} was left as it was`);
    expect(checksums(out)).toEqual(before);
    expect(before.size).toBe(44);
  });

  it('gives byte-identical output for the same input', async () => {
    // The first run is the one the file's setup made.
    const second = path.join(freshDir(), 'generated');
    expect((await ingest('--out', second)).status).toBe(0);
    const a = snapshot(realOutput);
    const b = snapshot(second);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBe(44);
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
  });

  it('marks its output as its own, and replaces an earlier output as a whole, leaving no staging folders behind', async () => {
    const parent = freshDir();
    const out = path.join(parent, 'generated');
    const args = ['--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/mini-repairs.json`, '--out', out];
    expect((await ingest(...args)).status).toBe(0);
    expect(readFileSync(path.join(out, '.ingest-output'), 'utf8')).toContain('npm run ingest');
    writeFileSync(path.join(out, 'left-over.txt'), 'not written by ingest');
    expect((await ingest(...args)).status).toBe(0);
    expect(existsSync(path.join(out, 'left-over.txt'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['generated']);
  });

  it('replaces an unmarked output written before outputs were marked, and leaves no staging folders behind', async () => {
    const parent = freshDir();
    const out = path.join(parent, 'generated');
    mkdirSync(path.join(out, 'units'), { recursive: true });
    writeFileSync(path.join(out, 'units', 'recommendation-99.mdx'), 'stale');
    expect((await ingest('--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/mini-repairs.json`, '--out', out)).status).toBe(0);
    expect(existsSync(path.join(out, 'units', 'recommendation-99.mdx'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['generated']);
  });

  // Each case writes only in a folder of its own, so the cases run side by side: most of a
  // case's time is a process starting.
  describe.concurrent('bad input: prints path:line: what is wrong, exits 1, leaves the previous output untouched', () => {
    const cases: [string, string[], string[]][] = [
      ['an empty file', ['--source', `${fixtures}/empty.txt`], [`${fixtures}/empty.txt:1: the file is empty: there is no report to read`]],
      ['bytes that are not UTF-8', ['--source', `${fixtures}/not-utf8.txt`], [`${fixtures}/not-utf8.txt:3: bytes that are not UTF-8 (the file must be saved as UTF-8)`]],
      [
        'missing, repeated and out-of-order numbers',
        ['--source', `${fixtures}/numbering-errors.txt`, '--repairs', `${fixtures}/no-repairs.json`],
        [
          `${fixtures}/numbering-errors.txt:10: recommendation 14 follows recommendation 12 (line 8): recommendation 13 is missing`,
          `${fixtures}/numbering-errors.txt:12: recommendation 14 is numbered again (first at line 10)`,
          `${fixtures}/numbering-errors.txt:14: recommendation 13 comes after recommendation 14 (line 10): numbers must run in order`,
          `${fixtures}/numbering-errors.txt:17: the first paragraph is numbered 2; paragraphs are numbered from 1`,
          `${fixtures}/numbering-errors.txt:19: paragraph 5 follows paragraph 3 (line 18): paragraph 4 is missing`,
        ],
      ],
      [
        'a heading that cannot be placed',
        ['--source', `${fixtures}/unplaced-headings.txt`, '--repairs', `${fixtures}/no-repairs.json`],
        [
          `${fixtures}/unplaced-headings.txt:4: a section heading before the masthead is complete (missing: title, subtitle)`,
          `${fixtures}/unplaced-headings.txt:4: subsection "ألف" comes before any chapter heading`,
          `${fixtures}/unplaced-headings.txt:5: recommendation 12 comes before any chapter or subsection heading`,
          `${fixtures}/unplaced-headings.txt:9: text that belongs to no recommendation or paragraph (expected "التوصية N" or a paragraph number before it)`,
          `${fixtures}/unplaced-headings.txt:10: a heading with the label "سابعاً", which is not a chapter label ingest knows (أولاً to سادساً)`,
          `${fixtures}/unplaced-headings.txt:13: section "ثانياً" (ii) appears again (first at line 8)`,
          `${fixtures}/unplaced-headings.txt:14: recommendation 14 has no text`,
        ],
      ],
      [
        'a repair whose expected text is not in the source',
        ['--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/stale-repairs.json`],
        [
          `${fixtures}/mini-report.txt:32: repair "line-32" in ${fixtures}/stale-repairs.json does not match source line 32`,
          '  expected: "ــالحرص الواجــبة على نحو محــدد لتقييم المخــاطر، وتحــديــد الم ــة، والالتزام ب جــالات ذات الأولوي"',
          '  found:    "ــالحرص الواجــب على نحو محــدد لتقييم المخــاطر، وتحــديــد الم ــة، والالتزام ب جــالات ذات الأولوي"',
        ],
      ],
      [
        'an invalid repairs file: each fault on the line of its entry',
        ['--repairs', `${fixtures}/invalid-repairs.json`],
        [
          `${fixtures}/invalid-repairs.json:5: repair "line-3", field "lines": must be consecutive and ascending, e.g. [17, 18, 19]`,
          `${fixtures}/invalid-repairs.json:10: repair #2, field "id": must not be empty`,
          `${fixtures}/invalid-repairs.json:10: repair #2, field "why": Required`,
        ],
      ],
      [
        'a repairs file that is not valid JSON: its line and column',
        ['--repairs', `${fixtures}/not-json-repairs.json`],
        [`${fixtures}/not-json-repairs.json:9:5: not valid JSON: a comma before "}": JSON allows no comma after the last member`],
      ],
      ['a missing repairs file', ['--repairs', `${fixtures}/no-such-file.json`], [`${fixtures}/no-such-file.json: file not found`]],
      [
        'control characters in the source (NUL, BEL, an ESC sequence that would clear the screen, a C1 CSI)',
        ['--source', `${fixtures}/source-control-characters.txt`],
        [
          `${fixtures}/source-control-characters.txt:5: U+0000 (NUL, a control character) at column 3; U+0007 (BEL, a control character) at column 10: control and bidirectional formatting characters are not allowed in the text`,
          `${fixtures}/source-control-characters.txt:8: U+001B (ESC, a control character) at column 7: control and bidirectional formatting characters are not allowed in the text`,
          `${fixtures}/source-control-characters.txt:9: U+009B (a C1 control character) at column 7: control and bidirectional formatting characters are not allowed in the text`,
        ],
      ],
      [
        'bidirectional embeddings, overrides and isolates in the source',
        ['--source', `${fixtures}/source-bidi-controls.txt`],
        [
          `${fixtures}/source-bidi-controls.txt:5: U+202E (RIGHT-TO-LEFT OVERRIDE, a bidirectional control) at column 3; U+202C (POP DIRECTIONAL FORMATTING, a bidirectional control) at column 12: control and bidirectional formatting characters are not allowed in the text`,
          `${fixtures}/source-bidi-controls.txt:8: U+2066 (LEFT-TO-RIGHT ISOLATE, a bidirectional control) at column 7; U+2069 (POP DIRECTIONAL ISOLATE, a bidirectional control) at column 14: control and bidirectional formatting characters are not allowed in the text`,
          `${fixtures}/source-bidi-controls.txt:12: U+202B (RIGHT-TO-LEFT EMBEDDING, a bidirectional control) at column 5: control and bidirectional formatting characters are not allowed in the text`,
        ],
      ],
      [
        'damage left in the text (a repair missing)',
        ['--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/no-repairs.json`],
        [
          damageHeader(`${fixtures}/no-repairs.json`),
          `${fixtures}/mini-report.txt:32: recommendation-15: word-fragment: ة،`,
          `${fixtures}/mini-report.txt:32: recommendation-15: word-fragment: ب`,
          `${fixtures}/mini-report.txt:32: recommendation-15: tatweel-edge: الحرص`,
          `${fixtures}/mini-report.txt:32: recommendation-15: tatweel-edge: ة،`,
        ],
      ],
      [
        'damage the reviewed list does not accept',
        ['--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/no-repairs.json`, '--accepted-findings', `${fixtures}/accepted-one-finding.json`],
        [
          damageHeader(`${fixtures}/no-repairs.json`),
          `${fixtures}/mini-report.txt:32: recommendation-15: word-fragment: ب`,
          `${fixtures}/mini-report.txt:32: recommendation-15: tatweel-edge: الحرص`,
          `${fixtures}/mini-report.txt:32: recommendation-15: tatweel-edge: ة،`,
        ],
      ],
      [
        'an accepted finding that is no longer found',
        ['--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/no-repairs.json`, '--accepted-findings', `${fixtures}/accepted-stale.json`],
        [damageHeader(`${fixtures}/no-repairs.json`), `${fixtures}/accepted-stale.json: accepted finding "recommendation-12: seam: الاتِّجار وأ" at source line 12 is no longer found: remove it from the list`],
      ],
      [
        "an accepted finding without the reviewer's reason",
        ['--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/no-repairs.json`, '--accepted-findings', `${fixtures}/accepted-without-reason.json`],
        [
          `${fixtures}/accepted-without-reason.json:8: entry #1, field "why": must give the reviewer's reason (expected {"accepted": [{ "line", "belongsTo", "check", "text", "why" }]})`,
        ],
      ],
      [
        'an accepted list that is not valid JSON: its line and column',
        ['--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/no-repairs.json`, '--accepted-findings', `${fixtures}/not-json-repairs.json`],
        [`${fixtures}/not-json-repairs.json:9:5: not valid JSON: a comma before "}": JSON allows no comma after the last member`],
      ],
      [
        'an accepted list outside the repository',
        ['--source', `${fixtures}/mini-report.txt`, '--repairs', `${fixtures}/no-repairs.json`, '--accepted-findings', acceptedOutside],
        [`${acceptedOutside}: the accepted findings must be a reviewed list inside the repository`],
      ],
      ['a missing source file', ['--source', `${fixtures}/no-such-file.txt`], [`${fixtures}/no-such-file.txt: file not found`]],
      ['a folder given as the source', ['--source', fixtures], [`${fixtures}: is a folder, not a file`]],
      ['a folder given as the repairs file', ['--repairs', 'content'], ['content: is a folder, not a file']],
      [
        'a folder as the source and a missing repairs file: both',
        ['--source', 'content', '--repairs', `${fixtures}/no-such-file.json`],
        ['content: is a folder, not a file', `${fixtures}/no-such-file.json: file not found`],
      ],
    ];

    it.each(cases)('%s', async (_, args, expectedLines) => {
      const out = path.join(freshDir(), 'generated');
      cpSync(goodOutput, out, { recursive: true });
      const before = snapshot(out);
      expect(before.size).toBe(10);
      const run = await ingest(...args, '--out', out);
      expect(run.status).toBe(1);
      // Every problem is one line (a stale repair adds its two indented lines), then the summary.
      const count = expectedLines.filter((line) => !line.startsWith(' ') && !line.startsWith('ingest: ')).length;
      const summary = `ingest: ${count} problem${count === 1 ? '' : 's'}; ${out} was left as it was`;
      expect(run.stderr).toBe([...expectedLines, summary, ''].join('\n'));
      // Nothing invisible or terminal-controlling is written raw, whatever the input held.
      expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
      expectUntouched(out, before);
    });
  });

  describe.concurrent('a mistake on the command line: one line, exit 1, the output untouched', () => {
    const options = 'the options are --source <file>, --repairs <file>, --out <folder>, --accepted-findings <file>';
    const cases: [string, string[], string][] = [
      ['an unknown option', ['--sourse', 'content/source/V1909259-ar.txt'], `ingest: unknown option "--sourse"; ${options}`],
      ['an option without its value at the end', ['--repairs'], 'ingest: --repairs needs a value: --repairs <file>'],
      ['an option followed by another option', ['--source', '--repairs', 'content/repairs.json'], 'ingest: --source needs a value: --source <file>'],
      ['an empty value', ['--source='], 'ingest: --source needs a value: --source <file>'],
      ['an argument that is not an option', ['content/source/V1909259-ar.txt'], `ingest: unexpected argument "content/source/V1909259-ar.txt"; ${options}`],
      ['an option given twice', ['--source', 'a.txt', '--source', 'b.txt'], 'ingest: --source is given twice'],
      ['a control character in an argument, shown escaped', ['--\u001b[2J'], `ingest: unknown option "--\\u001b[2J"; ${options}`],
    ];
    it.each(cases)('%s', async (_, args, expected) => {
      const out = path.join(freshDir(), 'generated');
      cpSync(goodOutput, out, { recursive: true });
      const before = snapshot(out);
      const run = await ingest('--out', out, ...args);
      expect(run.stderr).toBe(`${expected}\n`);
      expect(run.stdout).toBe('');
      expect(run.status).toBe(1);
      expectUntouched(out, before);
    });
  });
});

/** The folder holds exactly the files it held, byte for byte, and no staging folder was left beside it. */
function expectUntouched(out: string, before: Map<string, Buffer>): void {
  const after = snapshot(out);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [file, bytes] of before) expect(bytes.equals(after.get(file)!), file).toBe(true);
  expect(readdirSync(path.dirname(out))).toEqual([path.basename(out)]);
}
