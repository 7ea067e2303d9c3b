import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { phrasingOf, treeToMdx, unitToMdx } from '../../src/ingest/mdx';
import { unitFrontmatter } from '../../src/report/schema';
import { baseUnit } from './fixtures/base-unit';

/** A tiny JSX runtime: elements become plain objects, so the rendered tree can be read back as text. */
interface Element {
  type: unknown;
  props: { children?: unknown; [name: string]: unknown };
}
const jsx = (type: unknown, props: Element['props']): Element => ({ type, props });
const runtime = { jsx, jsxs: jsx, Fragment: 'fragment' };

/** Renders a component tree to its elements; MDX's wrapper components are called. */
function render(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(render);
  if (node && typeof node === 'object' && 'type' in node) {
    const element = node as Element;
    if (typeof element.type === 'function') return render((element.type as (props: unknown) => unknown)(element.props));
    return { ...element, props: { ...element.props, children: render(element.props.children) } };
  }
  return node;
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node as Element).props.children);
  return '';
}

function elementsNamed(node: unknown, name: string): Element[] {
  if (Array.isArray(node)) return node.flatMap((child) => elementsNamed(child, name));
  if (node && typeof node === 'object' && 'props' in node) {
    const element = node as Element;
    return [...(element.type === name ? [element] : []), ...elementsNamed(element.props.children, name)];
  }
  return [];
}

/**
 * Reads an MDX file the way the site does: Astro's frontmatter parser, then the MDX compiler. The
 * site's components stay elements named after them (the site renders <Latin> as an English span).
 */
async function readMdx(file: string) {
  const { frontmatter, content } = parseFrontmatter(file, { frontmatter: 'remove' });
  const module = await evaluate(content, { ...runtime, baseUrl: import.meta.url });
  const tree = render(module.default({ components: { Latin: 'Latin' } }));
  return { frontmatter, tree, text: textOf(tree).trim() };
}

describe('unitToMdx', () => {
  it('writes frontmatter the site can read back exactly', async () => {
    const { frontmatter } = await readMdx(unitToMdx(baseUnit));
    expect(unitFrontmatter.parse(frontmatter)).toEqual({ id: 'paragraph-17' });
    // The unit's facts (number, kind, section, title …) live in report.json only.
    expect(Object.keys(frontmatter)).toEqual(['id']);
  });

  // Text that Markdown or MDX would read as markup if it were not escaped; shared with the other writer's tests.
  const hostile: string[] = JSON.parse(readFileSync(new URL('./fixtures/hostile-text.json', import.meta.url), 'utf8'));

  it.each(hostile)('keeps hostile text literal: %s', async (text) => {
    const { text: rendered, tree } = await readMdx(unitToMdx({ ...baseUnit, text }));
    expect(rendered).toBe(text);
    expect(elementsNamed(tree, 'p')).toHaveLength(1);
  });

  // Through unitToMdx, Latin words sit inside <span>s, so a paragraph never starts with bare
  // "import"; the serializer must still keep such a paragraph text if it ever does.
  it.each(['import x from "y"; نص', 'export const a = 1; نص', 'export default 1', 'import'])('keeps a paragraph starting with import/export text: %s', async (text) => {
    const mdx = treeToMdx({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] });
    expect((await readMdx(mdx)).text).toBe(text);
  });

  it('writes each Latin run as the <Latin> component, with the quotation marks that enclose a title, and leaves Arabic punctuation outside them', async () => {
    const text = 'مثل شبكة REDTRAM التي أنشأها المكتب، بعنوان "Handbook on how to prevent human trafficking" (٢٠١٤).';
    const file = unitToMdx({ ...baseUnit, text });
    expect(file).toContain('شبكة <Latin>REDTRAM</Latin> التي');
    const { tree, text: rendered } = await readMdx(file);
    expect(rendered).toBe(text);
    expect(elementsNamed(tree, 'Latin').map(textOf)).toEqual([
      'REDTRAM',
      '"Handbook on how to prevent human trafficking"',
    ]);
    expect(elementsNamed(tree, 'span')).toEqual([]);
  });

  it('splits phrasing into Arabic text and English spans', () => {
    expect(phrasingOf('أ B c د').map((node) => node.type)).toEqual(['text', 'mdxJsxTextElement', 'text']);
    expect(phrasingOf('نص عربي فقط')).toEqual([{ type: 'text', value: 'نص عربي فقط' }]);
  });
});
