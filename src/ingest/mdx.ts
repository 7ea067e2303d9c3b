/**
 * One unit as an MDX file, written by serializing a tree: a yaml frontmatter node (JSON, which
 * is valid YAML) and one paragraph in which each Latin run is <Latin>…</Latin>. The
 * serializer escapes what MDX would otherwise read as code: `{`, `<`, and a paragraph that
 * starts with `import` or `export`.
 */
import type { Paragraph, PhrasingContent, Root, Yaml } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { unitFrontmatter, type Unit } from '../report/schema';
import { scriptRuns } from '../text/script-runs';

/** The phrasing content of a paragraph: Arabic text with each Latin run marked as English, left to right. */
export function phrasingOf(text: string): PhrasingContent[] {
  return scriptRuns(text).map((run): PhrasingContent => (run.latin ? latinRun(run.text) : { type: 'text', value: run.text }));
}

/** <Latin>…</Latin>: the site's component (src/components/Latin.astro) marks its language and direction. */
function latinRun(value: string): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'Latin', attributes: [], children: [{ type: 'text', value }] };
}

const serializerOptions: Options = {
  extensions: [mdxToMarkdown()],
  handlers: {
    // JSON frontmatter between the YAML fences; JSON.stringify does the escaping.
    yaml: (node: Yaml) => `---\n${node.value}\n---`,
  },
  unsafe: [
    // MDX reads a paragraph starting with import/export as JavaScript; escaping the first
    // letter (as a character reference) keeps it text.
    { character: 'i', atBreak: true, after: 'mport\\b' },
    { character: 'e', atBreak: true, after: 'xport\\b' },
    // `>` needs no escape in MDX text, but at a line start it would open a block quote.
    { character: '>', atBreak: true },
  ],
};

/** Serializes an mdast tree (with MDX nodes and yaml frontmatter) as MDX text. */
export function treeToMdx(tree: Root): string {
  return toMarkdown(tree, serializerOptions);
}

/** The MDX file of one unit: frontmatter per `unitFrontmatter` (its id), then its text as one paragraph. */
export function unitToMdx(unit: Unit): string {
  const frontmatter = unitFrontmatter.parse(unit);
  const paragraph: Paragraph = { type: 'paragraph', children: phrasingOf(unit.text) };
  return treeToMdx({ type: 'root', children: [{ type: 'yaml', value: JSON.stringify(frontmatter, null, 2) }, paragraph] });
}
