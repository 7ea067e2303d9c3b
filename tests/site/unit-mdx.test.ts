/**
 * The unit files are MDX compiled by @astrojs/mdx, not text shown as it stands: an expression or a
 * component an editor writes into a unit file renders, and the text ingest writes (hostile text
 * included) renders as exactly that text. Built in a copy of the project, from the real report,
 * after editing its unit files the way an editor would.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitToMdx } from '../../src/ingest/mdx';
import { report as reportSchema, type Unit } from '../../src/schema/report';
import { buildEnvironment, copyProject, type ProjectCopy } from '../../support/project-copy';
import { serveStatic } from '../../support/static-server';
import { chromiumForTests } from './helpers/chromium';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
// Text that Markdown or MDX would read as markup if it were not escaped; shared with the writer's tests.
const hostile: string[] = JSON.parse(readFileSync(path.join(repositoryRoot, 'tests/unit/fixtures/hostile-text.json'), 'utf8'));

// What an editor adds by hand to recommendation 12: a comment, an expression and the Latin component.
const handWritten = `
{/* Added by hand. */}

مكتب <Latin>UNODC</Latin>، التوصيات {[12, 34].join('–')}.
`;

const parent = mkdtempSync(path.join(os.tmpdir(), 'unit-mdx-'));
let copy: ProjectCopy;
let units: Unit[];
let baseUrl: string;
let closeServer: () => Promise<void>;
const browser = chromiumForTests();

function run(command: string, args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: copy.root, env: { ...process.env, ...buildEnvironment(copy) }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed in ${copy.root} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

beforeAll(async () => {
  copy = copyProject(repositoryRoot, parent, {
    name: 'unit-mdx',
    sourceText: readFileSync(path.join(repositoryRoot, 'content/source/V1909259-ar.txt'), 'utf8'),
    repairsText: readFileSync(path.join(repositoryRoot, 'content/repairs.json'), 'utf8'),
  });
  run('ingest', [path.join(repositoryRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts', '--source', path.relative(copy.root, copy.sourceFile)]);
  units = reportSchema.parse(JSON.parse(readFileSync(path.join(copy.generatedDir, 'report.json'), 'utf8'))).units;
  appendFileSync(path.join(copy.generatedDir, 'units/recommendation-12.mdx'), handWritten);
  // Each hostile text as the text of one unit, written by ingest's serializer.
  hostile.forEach((text, index) => {
    const unit = hostileUnit(index);
    writeFileSync(path.join(copy.generatedDir, 'units', `${unit.id}.mdx`), unitToMdx({ ...unit, text }));
  });
  run('astro build', [path.join(repositoryRoot, 'node_modules/astro/astro.js'), 'build']);
  const server = await serveStatic(copy.distDir);
  baseUrl = server.url;
  closeServer = server.close;
}, 300_000);

afterAll(async () => {
  await closeServer?.();
  rmSync(parent, { recursive: true, force: true });
});

/** The unit that carries hostile text number `index` (any unit but recommendation 12). */
function hostileUnit(index: number): Unit {
  return units.filter((unit) => unit.id !== 'recommendation-12')[index]!;
}

/** The rendered unit text of a page: its paragraphs' text and HTML, and the elements it holds. */
async function unitText(url: string) {
  const page = await browser().newPage();
  await page.goto(baseUrl + url);
  const result = await page.evaluate(() => {
    const text = document.querySelector('.unit-text')!;
    return {
      paragraphs: [...text.querySelectorAll('p')].map((p) => p.textContent),
      latin: [...text.querySelectorAll('[lang="en"]')].map((element) => [element.tagName, element.getAttribute('dir'), element.textContent]),
      tags: [...new Set([...text.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()))].sort(),
    };
  });
  await page.close();
  return result;
}

describe('a unit file edited by hand', () => {
  it('renders its expression and its Latin component, and no MDX source as text', async () => {
    const { paragraphs, latin } = await unitText('/recommendations/12/');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toBe('مكتب UNODC، التوصيات 12–34.');
    expect(latin).toContainEqual(['SPAN', 'ltr', 'UNODC']);
    expect(paragraphs.join('')).not.toMatch(/[{}]|Latin|Added by hand/);
  });
});

describe('hostile text written by ingest', () => {
  it.each(hostile.map((text, index) => [index, text] as const))('renders text %i literally, in one paragraph: %s', async (index, text) => {
    const { paragraphs, tags } = await unitText(hostileUnit(index).url);
    expect(paragraphs).toEqual([text]);
    // Only the paragraph and English runs: no GFM, so no link is made of a bare URL (src/lib/markdown-options.ts).
    expect(tags.filter((tag) => !['p', 'span'].includes(tag))).toEqual([]);
  });
});
