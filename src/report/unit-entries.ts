/**
 * The bridge from report.json units to their compiled MDX files (`virtual:unit-modules`,
 * src/integrations/unit-modules.ts). The site reads a unit's facts from report.json and only its
 * rendered text from the file. A unit in report.json without an MDX file (or the other way round),
 * or a file whose frontmatter does not match the contract or names another unit than its file
 * name, fails the build, naming the files.
 */
import path from 'node:path';
import type { MDXInstance } from 'astro';
import unitModules from 'virtual:unit-modules';
import { unitFrontmatter, type UnitFrontmatter } from './schema';
import { loadReport, reportJsonPath } from './load-report';
import { unitFilesDir } from './generated-dir';

/** A compiled unit file: its frontmatter and its text as a component. */
export type UnitModule = MDXInstance<UnitFrontmatter>;

let checked = false;

/** Fails unless report.json and the unit files name the same units. */
function checkSameUnits(): void {
  if (checked) return;
  const unitIds = new Set(loadReport().units.map((unit) => unit.id));
  const fileIds = Object.keys(unitModules);
  const missing = [...unitIds].filter((id) => !(id in unitModules));
  const extra = fileIds.filter((id) => !unitIds.has(id));
  if (missing.length || extra.length) {
    throw new Error(
      `${reportJsonPath} and units/*.mdx disagree: ` +
        [missing.length ? `no MDX file for ${missing.join(', ')}` : '', extra.length ? `MDX files not in report.json: ${extra.join(', ')}` : '']
          .filter(Boolean)
          .join('; '),
    );
  }
  checked = true;
}

/** The compiled MDX file of the unit with this id, its frontmatter checked against the contract. */
export async function unitEntry(id: string): Promise<UnitModule> {
  checkSameUnits();
  const file = path.join(unitFilesDir, `${id}.mdx`);
  const module = (await unitModules[id]!()) as UnitModule;
  const result = unitFrontmatter.safeParse(module.frontmatter);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${file}: frontmatter does not match unitFrontmatter in src/report/schema.ts:\n${problems.join('\n')}`);
  }
  if (result.data.id !== id) {
    throw new Error(`${file}: frontmatter id is ${JSON.stringify(result.data.id)} but the file is named for ${id}.`);
  }
  return module;
}
