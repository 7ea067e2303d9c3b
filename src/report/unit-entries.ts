/**
 * The bridge from report.json units to their MDX entries in the content collection. The site
 * reads a unit's facts from report.json and only its rendered text from the entry. A unit in
 * report.json without an MDX file (or the other way round), or a file whose frontmatter names
 * another unit than its file name, fails the build, naming the files.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadReport, reportJsonPath } from './load-report';

let byId: Promise<Map<string, CollectionEntry<'units'>>> | undefined;

async function indexEntries(): Promise<Map<string, CollectionEntry<'units'>>> {
  const entries = await getCollection('units');
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  const unitIds = new Set(loadReport().units.map((unit) => unit.id));
  const missing = [...unitIds].filter((id) => !map.has(id));
  const extra = [...map.keys()].filter((id) => !unitIds.has(id));
  if (missing.length || extra.length) {
    throw new Error(
      `${reportJsonPath} and units/*.mdx disagree: ` +
        [missing.length ? `no MDX file for ${missing.join(', ')}` : '', extra.length ? `MDX files not in report.json: ${extra.join(', ')}` : '']
          .filter(Boolean)
          .join('; '),
    );
  }
  for (const unit of loadReport().units) {
    const { data, filePath } = map.get(unit.id)!;
    if (data.id !== unit.id) {
      throw new Error(`${filePath ?? unit.id}: frontmatter id is ${JSON.stringify(data.id)} but the file is named for ${unit.id}.`);
    }
  }
  return map;
}

/** The content entry (frontmatter and MDX body) of the unit with this id. */
export async function unitEntry(id: string): Promise<CollectionEntry<'units'>> {
  byId ??= indexEntries();
  return (await byId).get(id)!;
}
