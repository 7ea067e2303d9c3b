/**
 * The content loader for ingest's unit files: it reads each units/<id>.mdx, checks its
 * frontmatter and renders its one paragraph as Markdown while the content layer syncs (so no
 * unit becomes a module of Vite's bundle). The files are written for MDX; these tests show the
 * Markdown rendering reads them the same: hostile text stays literal, Latin runs stay English spans.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes } from 'hast';
import { afterAll, describe, expect, it } from 'vitest';
import { unitToMdx } from '../../src/ingest/mdx';
import { markdownOptions } from '../../src/lib/markdown-options';
import { splitUnitFile, unitFilesLoader } from '../../src/lib/unit-files-loader';
import type { Unit } from '../../src/schema/report';
import { baseUnit } from './fixtures/base-unit';

// The site's Markdown settings (astro.config.mjs).
const processor = await createMarkdownProcessor(markdownOptions);

/** Every element of the tree whose tag is one of `names`. */
function elementsNamed(node: Nodes, names: string[]): Element[] {
  const own = node.type === 'element' && names.includes(node.tagName) ? [node] : [];
  const children = 'children' in node ? node.children.flatMap((child) => elementsNamed(child as Nodes, names)) : [];
  return [...own, ...children];
}

async function renderedBody(unit: Unit) {
  const { body } = splitUnitFile(unitToMdx(unit), 'test.mdx');
  const tree = fromHtml((await processor.render(body)).code, { fragment: true });
  return { tree, text: toText(tree).trim() };
}

describe('splitUnitFile', () => {
  it('reads back the frontmatter and body ingest writes', () => {
    const { frontmatter, body } = splitUnitFile(unitToMdx(baseUnit), 'paragraph-17.mdx');
    expect(frontmatter).toEqual({ kind: 'paragraph', number: 17, section: 'iii', order: 40, title: 'الفقرة ١٧', sourceLines: [258, 259] });
    expect(body.trim()).toBe('١٧- نص.');
  });

  it('names the file when the frontmatter is missing or not JSON', () => {
    expect(() => splitUnitFile('نص بلا رأس', 'units/x.mdx')).toThrow(/^units\/x\.mdx: expected frontmatter between "---" lines/);
    expect(() => splitUnitFile('---\nkind: paragraph\n---\nنص', 'units/y.mdx')).toThrow(/^units\/y\.mdx: the frontmatter is not the JSON ingest writes/);
  });
});

describe('rendering a unit file as Markdown', () => {
  // Text that Markdown or MDX would read as markup if it were not escaped; shared with the other writer's tests.
  const hostile: string[] = JSON.parse(readFileSync(new URL('./fixtures/hostile-text.json', import.meta.url), 'utf8'));

  it.each(hostile)('keeps hostile text literal, in one paragraph: %s', async (text) => {
    const { tree, text: rendered } = await renderedBody({ ...baseUnit, text });
    expect(rendered).toBe(text);
    expect(elementsNamed(tree, ['p'])).toHaveLength(1);
    expect(elementsNamed(tree, ['a', 'b', 'h1', 'ul', 'ol', 'blockquote', 'hr', 'code', 'em', 'strong', 'del', 's', 'table'])).toEqual([]);
  });

  it('keeps Latin runs as English spans, left to right', async () => {
    const text = 'مثل شبكة REDTRAM التي أنشأها المكتب، بعنوان "Handbook on how to prevent human trafficking" (٢٠١٤).';
    const { tree, text: rendered } = await renderedBody({ ...baseUnit, text });
    expect(rendered).toBe(text);
    expect(elementsNamed(tree, ['span']).map((span) => [span.properties.lang, span.properties.dir, toText(span)])).toEqual([
      ['en', 'ltr', 'REDTRAM'],
      ['en', 'ltr', '"Handbook on how to prevent human trafficking"'],
    ]);
  });
});

describe('unitFilesLoader', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'unit-files-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('stores one entry per .mdx file, with checked data and rendered HTML, and drops entries whose file is gone', async () => {
    writeFileSync(path.join(folder, 'paragraph-17.mdx'), unitToMdx(baseUnit));
    writeFileSync(path.join(folder, 'recommendation-12.mdx'), unitToMdx({ ...baseUnit, id: 'recommendation-12', kind: 'recommendation', number: 12, title: 'التوصية ١٢', text: 'شبكة REDTRAM.' }));
    writeFileSync(path.join(folder, 'notes.txt'), 'not a unit');
    const store = new Map<string, { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } }>();
    store.set('paragraph-99', { id: 'paragraph-99', data: {} });
    const parsed: string[] = [];
    const context = {
      store: {
        get: (id: string) => store.get(id),
        set: (entry: { id: string; data: Record<string, unknown> }) => store.set(entry.id, entry),
        keys: () => [...store.keys()],
        delete: (id: string) => store.delete(id),
      },
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
        parsed.push(id);
        return data;
      },
      renderMarkdown: async (body: string) => ({ html: (await processor.render(body)).code }),
      generateDigest: (text: string) => String(text.length),
    };
    await unitFilesLoader(folder).load(context as never);
    expect([...store.keys()].sort()).toEqual(['paragraph-17', 'recommendation-12']);
    expect(parsed.sort()).toEqual(['paragraph-17', 'recommendation-12']);
    expect(store.get('recommendation-12')!.data.title).toBe('التوصية ١٢');
    expect(store.get('recommendation-12')!.rendered!.html).toBe('<p>شبكة <span lang="en" dir="ltr">REDTRAM</span>.</p>');
  });
});
