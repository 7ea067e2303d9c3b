/**
 * `npm run build` replaces the previous build only when every step has succeeded: a step that
 * fails, early (ingest) or last (the search index, after Astro has written every page), leaves
 * the previous build byte for byte as it was. Each build here has its own output, generated and
 * cache folders, and runs in a copy of the repository (node_modules linked): Astro writes state
 * into the project's .astro/ folder, which the site tests' own build, made at the same time in
 * the repository, must not share.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lowerPriority } from '../support/lower-priority';

const root = path.resolve(import.meta.dirname, '../..');

/** Every file under a folder, by relative path, as bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

function expectSame(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [file, bytes] of before) expect(bytes.equals(after.get(file)!), file).toBe(true);
}

let scratch: string;
let dist: string;

/** What a copy of the repository needs for `npm run build`. */
const projectParts = ['scripts', 'src', 'content/source', 'content/repairs.json', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A copy of the repository (its code and content, node_modules linked) at `folder`. */
function copyRepository(folder: string, parts: string[]): string {
  for (const part of parts) cpSync(path.join(root, part), path.join(folder, part), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'));
  return folder;
}

/** `npm run build -- args` with its output in the scratch folder. */
function build(env: Record<string, string>, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'npm',
      ['run', 'build', ...(args.length > 0 ? ['--', ...args] : [])],
      {
        cwd: project,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          SITE_OUT_DIR: dist,
          SITE_GENERATED_DIR: path.join(scratch, 'generated'),
          SITE_CACHE_DIR: path.join(scratch, 'astro-cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          ...env,
        },
      },
      // A terminal or CI that forces colour puts escape codes between Astro's words; the
      // assertions read the words a person sees.
      (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout: stripVTControlCharacters(stdout), stderr: stripVTControlCharacters(stderr) }),
    );
    // Behind the site tests' own build, made at the same time (tests/support/lower-priority.ts).
    lowerPriority(child);
  });
}

/** A previous build: the files that mark it as one, a page, a search index and bytes that are not text. */
function writePreviousBuild(): void {
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><html lang="ar" dir="rtl"><title>the previous build</title></html>\n',
    '404.html': '<!doctype html><html lang="ar" dir="rtl"><title>not found</title></html>\n',
    'recommendations/12/index.html': '<!doctype html><title>التوصية ١٢</title>\n',
    'pagefind/pagefind.js': 'export const previous = true;\n',
    'pagefind/index/ar_previous.pf_index': Buffer.from([0, 1, 2, 254, 255]),
    'a-page-only-the-previous-build-had/index.html': '<!doctype html>\n',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), content);
  }
}

// The generated folder of the real report, as the previous build left it; each build ingests
// into its own copy, so a step that fails later finds the same input whichever step read it.
let previousGenerated: string;
/** The copy of the repository the builds of 'npm run build is atomic' run in. */
let project: string;
// Without blocking the worker, which must keep answering vitest while ingest runs on a loaded machine.
beforeAll(async () => {
  project = copyRepository(path.join(mkdtempSync(path.join(tmpdir(), 'site-build-atomic-project-')), 'repo'), [...projectParts, 'tests/unit/fixtures/ingest/unplaced-headings.txt']);
  previousGenerated = path.join(mkdtempSync(path.join(tmpdir(), 'site-build-atomic-generated-')), 'generated');
  await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['scripts/ingest.ts', '--out', previousGenerated], { cwd: project });
}, 300_000);

beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'site-build-atomic-'));
  dist = path.join(scratch, 'dist');
  writePreviousBuild();
  cpSync(previousGenerated, path.join(scratch, 'generated'), { recursive: true });
});

/** Nothing but what the test made, and what ingest made, is left beside the output: no staging or retired folder. */
const leftBeside = () => readdirSync(scratch).filter((name) => !['dist', 'generated', 'astro-cache'].includes(name));

describe('npm run build is atomic', { timeout: 900_000 }, () => {
  it('leaves the previous build byte-identical when ingest fails', async () => {
    const before = snapshot(dist);
    const run = await build({}, '--source', 'tests/unit/fixtures/ingest/unplaced-headings.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/unit/fixtures/ingest/unplaced-headings.txt:4: subsection "ألف" comes before any chapter heading\n');
    expect(run.stderr).toContain(`build: ingest failed; ${dist} was left as it was\n`);
    expectSame(before, snapshot(dist));
    expect(leftBeside()).toEqual([]);
  });

  it('leaves the previous build byte-identical when the search index step fails after Astro wrote every page', async () => {
    const before = snapshot(dist);
    // Pagefind runs its platform binary; a missing one (an install without the optional
    // platform package) fails the last step of the build.
    const run = await build({ PAGEFIND_BINARY_PATH: path.join(scratch, 'no-pagefind-here') });
    expect(run.status).toBe(1);
    expectSame(before, snapshot(dist));
    expect(run.stdout + run.stderr).toContain('[plain-text-copies] wrote the plain text of 41 units');
    expect(run.stderr).toContain('[search-index]');
    expect(run.stderr).toContain(`build: the site build (Astro, fonts, plain-text copies or search index) failed; ${dist} was left as it was\n`);
    expect(leftBeside()).toEqual([]);
  });

  it('refuses an output folder that is not a build of the site, and changes nothing in it', async () => {
    const notes = path.join(scratch, 'notes');
    mkdirSync(notes);
    writeFileSync(path.join(notes, 'draft.txt'), 'a draft\n');
    const run = await build({ SITE_OUT_DIR: notes });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${notes}: cannot be the site's output folder: it is not empty and was not written by a build of this site; name a new or empty folder; nothing was built\n`,
    );
    expect(readdirSync(notes)).toEqual(['draft.txt']);
    expect(readFileSync(path.join(notes, 'draft.txt'), 'utf8')).toBe('a draft\n');
  });

  it('replaces the previous build as a whole when every step succeeds', async () => {
    const run = await build({});
    expect(run.stderr).not.toContain('failed');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`build: the site is in ${dist}`);
    const after = snapshot(dist);
    expect(after.has('a-page-only-the-previous-build-had/index.html')).toBe(false);
    expect(after.has('pagefind/index/ar_previous.pf_index')).toBe(false);
    expect(after.get('index.html')!.toString('utf8')).not.toContain('the previous build');
    expect(after.get('recommendations/12/text.txt')!.toString('utf8')).toContain('التوصية ١٢');
    expect(after.has('pagefind/pagefind.js')).toBe(true);
    expect(leftBeside()).toEqual([]);
  });
});

describe('npm run build refuses to replace the repository or its inputs', { timeout: 900_000 }, () => {
  // In a scratch copy of the repository (node_modules linked), so that even a build that empties
  // its output folder could only harm the copy.
  let copy: string;
  beforeAll(() => {
    copy = copyRepository(path.join(mkdtempSync(path.join(tmpdir(), 'site-build-refusals-')), 'repo'), projectParts);
  });

  const everything = () => {
    const files = snapshot(copy);
    for (const file of files.keys()) if (file.startsWith('node_modules')) files.delete(file);
    return files;
  };

  it.each([
    ['content', 'it is the input content'],
    ['src', 'it is the input src'],
    ['content/source', 'it is inside the input content'],
    ['.', 'it is the root of the repository'],
    ['..', 'it holds the repository'],
  ])('SITE_OUT_DIR=%s: %s', async (out, reason) => {
    const before = everything();
    const run = await new Promise<{ status: number; stderr: string }>((resolve) => {
      const child = execFile('npm', ['run', 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, SITE_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' } }, (error, _, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, stderr }),
      );
      lowerPriority(child);
    });
    expect(run.status).toBe(1);
    expectSame(before, everything());
    // A folder outside the working folder is named by its absolute path.
    const shown = out === '..' ? path.dirname(copy) : out;
    expect(run.stderr).toContain(`${shown}: cannot be the site's output folder: ${reason}; nothing was built\n`);
  });
});
