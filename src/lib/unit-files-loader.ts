/**
 * The content loader for the unit files ingest writes (units/<id>.mdx). Their body is one
 * paragraph of text in which the only markup is <span lang="en" dir="ltr">, written so that it
 * reads the same as MDX and as Markdown; rendering it as Markdown while the content layer syncs
 * keeps every unit out of Vite's bundle. Astro's own glob loader compiles each .mdx file into a
 * module of the server bundle, which made a 4,100-unit report take minutes to build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';

/** Splits "---\n<JSON>\n---\n<body>" into the parsed frontmatter and the body; throws naming the file. */
export function splitUnitFile(text: string, fileName: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${fileName}: expected frontmatter between "---" lines at the top of the file`);
  try {
    return { frontmatter: JSON.parse(match[1]!) as Record<string, unknown>, body: match[2]! };
  } catch (error) {
    throw new Error(`${fileName}: the frontmatter is not the JSON ingest writes (${(error as Error).message})`);
  }
}

/** Loads every units/*.mdx file of `folder` as an entry whose id is the file name without .mdx. */
export function unitFilesLoader(folder: string): Loader {
  return {
    name: 'unit-files',
    load: async ({ store, parseData, renderMarkdown, generateDigest }) => {
      const files = (await readdir(folder)).filter((file) => file.endsWith('.mdx')).sort();
      const ids = new Set<string>();
      for (const file of files) {
        const filePath = path.join(folder, file);
        const text = await readFile(filePath, 'utf8');
        const id = file.slice(0, -'.mdx'.length);
        ids.add(id);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const { frontmatter, body } = splitUnitFile(text, filePath);
        const data = await parseData({ id, data: frontmatter, filePath });
        store.set({ id, data, body, filePath: path.relative(process.cwd(), filePath), digest, rendered: await renderMarkdown(body) });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}
