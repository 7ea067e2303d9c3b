/**
 * The unit files as modules (a Vite plugin, astro.config.mjs): `virtual:unit-modules` maps each
 * unit file's name ("recommendation-12") to an import of the file itself, which @astrojs/mdx
 * compiles like any `.mdx` module. The pages render a unit from it (src/report/unit-entries.ts).
 *
 * Why not a content collection: for each of its entries Astro's content layer adds a second
 * module in front of the compiled one (`?astroPropagatedAssets`), imported dynamically, so each
 * its own chunk of the server bundle. At 100× the report's size that doubled the modules Rollup
 * parses, tree-shakes and writes (8,200), and the chunks it names, writes and the renderer imports
 * one by one (4,100); the collection held nothing else (the frontmatter is the unit's id, which
 * src/report/unit-entries.ts checks). Here every unit is one module, and the server build puts
 * them in chunks of 100 units (unit-chunks.ts).
 *
 * The folder is read when the module is first loaded: the build reads it after ingest has
 * written it, and a dev server sees a unit added or removed when restarted.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { unitFilesDir } from '../report/generated-dir';

export const unitModulesId = 'virtual:unit-modules';
const resolvedId = '\0' + unitModulesId;

/** The module's source: `export default { "<file name>": () => import("<absolute path>"), … }`, by file name. */
export function unitModulesSource(folder: string, fileNames: string[]): string {
  const entries = fileNames
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `  ${JSON.stringify(name.slice(0, -'.mdx'.length))}: () => import(${JSON.stringify(path.join(folder, name))}),`);
  return `export default {\n${entries.join('\n')}\n};\n`;
}

export default function unitModules(folder: string = unitFilesDir): Plugin {
  return {
    name: 'site:unit-modules',
    resolveId(id) {
      return id === unitModulesId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch (error) {
        throw new Error(`${folder}: cannot read the unit files (${(error as Error).message}). Run \`npm run ingest\` first.`);
      }
      return unitModulesSource(folder, names);
    },
  };
}
