/**
 * `--out` names a folder that ingest replaces whole, so it must refuse any folder that is not its
 * own. These runs happen in a scratch copy of the repository (its scripts, src and content, with
 * node_modules linked), so that even a version of ingest that deletes what it is given could only
 * harm the copy.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tsScriptCommand } from '../../support/run-ts-script';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/unit/fixtures/ingest');

/** Every file and symbolic link under a folder, by relative path, as bytes or link target; node_modules is left out. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const relative = path.relative(dir, full);
      if (relative === path.join('place/repo/node_modules')) continue;
      if (entry.isSymbolicLink()) files.set(relative, `link to ${readlinkSync(full)}`);
      else if (entry.isDirectory()) {
        files.set(`${relative}/`, 'folder');
        walk(full);
      } else files.set(relative, readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/**
 * The scratch layout, all under one temporary folder:
 *   place/repo/        a copy of the repository (scripts, src, content with an unrelated notes file)
 *   inputs/            a report and repairs file outside the repository
 *   people/home/       the home folder the runs see (HOME)
 *   elsewhere/notes/   an unrelated folder with a file; elsewhere/file.txt a file
 *   elsewhere/content-link -> place/repo/content
 */
let scratch: string;
let repo: string;

function ingest(cwd: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      ...tsScriptCommand('scripts/ingest.ts', args),
      { cwd, encoding: 'utf8', env: { ...process.env, HOME: path.join(scratch, 'people/home') } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'ingest-out-safety-'));
  repo = path.join(scratch, 'place/repo');
  for (const part of ['scripts', 'src', 'content/source', 'content/repairs.json', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(root, part), path.join(repo, part), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(repo, 'node_modules'));
  writeFileSync(path.join(repo, 'content/NOTES.md'), 'a maintainer’s notes, which no tool wrote\n');
  mkdirSync(path.join(scratch, 'inputs'));
  cpSync(path.join(fixtures, 'mini-report.txt'), path.join(scratch, 'inputs/mini-report.txt'));
  cpSync(path.join(fixtures, 'mini-repairs.json'), path.join(scratch, 'inputs/mini-repairs.json'));
  mkdirSync(path.join(scratch, 'people/home'), { recursive: true });
  writeFileSync(path.join(scratch, 'people/home/.profile'), 'export LANG=ar\n');
  mkdirSync(path.join(scratch, 'elsewhere/notes'), { recursive: true });
  writeFileSync(path.join(scratch, 'elsewhere/notes/draft.txt'), 'a draft\n');
  writeFileSync(path.join(scratch, 'elsewhere/file.txt'), 'a file\n');
  symlinkSync(path.join(repo, 'content'), path.join(scratch, 'elsewhere/content-link'));
});

const source = 'content/source/V1909259-ar.txt';
const outside = () => ['--source', path.join(scratch, 'inputs/mini-report.txt'), '--repairs', path.join(scratch, 'inputs/mini-repairs.json')];
const at = (relative: string) => path.join(scratch, relative);

describe('ingest --out refuses every folder it did not write, and changes nothing', { timeout: 120_000 }, () => {
  const cases: [string, () => string[], () => string, () => string][] = [
    ['content/, which holds the source and the repairs file', () => [], () => 'content', () => `it holds the input ${source}`],
    ['the source file itself', () => [], () => source, () => `it is the input ${source}`],
    ['the repairs file itself', () => [], () => 'content/repairs.json', () => 'it is the input content/repairs.json'],
    ['a folder inside the source file', () => [], () => `${source}/generated`, () => `it is inside the input ${source}`],
    ['the folder that holds the inputs', outside, () => at('inputs'), () => `it holds the input ${at('inputs/mini-report.txt')}`],
    ['a link to content/', () => [], () => at('elsewhere/content-link'), () => `it holds the input ${source}`],
    ['the root of the repository', outside, () => '.', () => 'it is the root of the repository'],
    ['a folder above the repository', outside, () => '..', () => 'it holds the repository'],
    ['the home folder', outside, () => at('people/home'), () => 'it is the home folder'],
    ['a folder above the home folder', outside, () => at('people'), () => 'it holds the home folder'],
    [
      'src/, a folder of the repository that ingest did not write',
      () => [],
      () => 'src',
      () => 'it is not empty and was not written by ingest (it has no .ingest-output file); name a new or empty folder',
    ],
    [
      'an unrelated folder that is not empty',
      outside,
      () => at('elsewhere/notes'),
      () => 'it is not empty and was not written by ingest (it has no .ingest-output file); name a new or empty folder',
    ],
    ['a file', outside, () => at('elsewhere/file.txt'), () => 'it is a file, not a folder'],
  ];

  it.each(cases)('%s', async (_, inputs, out, reason) => {
    const before = snapshot(scratch);
    const run = await ingest(repo, ...inputs(), '--out', out());
    expect(run.stderr).toBe(`${out()}: cannot be the output folder: ${reason()}; nothing was written\n`);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    const after = snapshot(scratch);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, content] of before) expect(after.get(file), file).toBe(content);
  });

  it('writes into a new folder, an empty one, and its own earlier output', async () => {
    for (const out of ['place/new/generated', 'elsewhere/empty']) {
      if (out === 'elsewhere/empty') mkdirSync(at(out));
      expect((await ingest(repo, ...outside(), '--out', at(out))).status).toBe(0);
      expect(readdirSync(at(out)).sort()).toEqual(['.ingest-output', 'damage-report.json', 'report.json', 'units']);
      expect((await ingest(repo, ...outside(), '--out', at(out))).status).toBe(0);
    }
  });
});
