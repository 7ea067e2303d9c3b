/**
 * One build of the site with hostile and hand-edited unit files, shared by the test files that
 * need it (tests/site/unit-mdx.test.ts, tests/site/hostile-text.test.ts) and made at most once per
 * test run, however many of them run and in whichever workers.
 *
 * The build is made in a copy of the project (support/project-copy.ts) from the real report:
 * - each string of tests/unit/fixtures/hostile-text.json becomes the text of one unit (any unit
 *   but recommendation 12), in report.json and in its MDX file, written by ingest's own writer;
 * - recommendation 12's MDX file gets, appended by hand, a comment, an expression and the Latin
 *   component, the way an editor would write them.
 * Then `astro build` (with Pagefind) into the copy's dist/.
 *
 * The global setup starts it while the unit files run; the first file to ask makes it otherwise,
 * and the others wait for it (tests/support/shared-build.ts).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unitToMdx } from '../../src/ingest/mdx';
import { report as reportSchema, type Unit } from '../../src/report/schema';
import { ingestedCopyOfReport, runInCopy, type RunControl } from '../../support/project-copy';
import { sharedBuild } from './shared-build';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** Text that Markdown, MDX or GFM would read as markup if it were not escaped. */
export const hostileTexts: string[] = JSON.parse(readFileSync(path.join(repositoryRoot, 'tests/unit/fixtures/hostile-text.json'), 'utf8'));

/** What an editor adds by hand to recommendation 12: a comment, an expression and the Latin component. */
export const handWritten = `
{/* Added by hand. */}

مكتب <Latin>UNODC</Latin>، التوصيات {[12, 34].join('–')}.
`;

/** The unit whose MDX file is edited by hand. */
export const handEditedUnitId = 'recommendation-12';

/** The built site and the units the tests look at. */
export interface HostileSite {
  /** The built site (serve it with support/static-server.ts). */
  distDir: string;
  /** hostileUnits[i] is the unit whose text is hostileTexts[i] (its `text` is that string). */
  hostileUnits: Unit[];
  /** Recommendation 12, whose MDX file has the hand-written lines appended. */
  handEditedUnit: Unit;
}

/** The shared build's name: its folder in the run's shared folder. */
export const hostileSiteName = 'hostile-site';

/** The shared build: made by the first caller of the run (or the global setup), waited for by the others. */
export function hostileSite(sharedBuildsDir: string): Promise<HostileSite> {
  return sharedBuild(sharedBuildsDir, hostileSiteName, buildHostileSite);
}

/** Ingests the real report in a copy of the project, edits its unit files, and builds the site. */
export async function buildHostileSite(folder: string, control: RunControl = {}): Promise<HostileSite> {
  const copy = await ingestedCopyOfReport(repositoryRoot, folder, control);

  const reportFile = path.join(copy.generatedDir, 'report.json');
  const report = reportSchema.parse(JSON.parse(readFileSync(reportFile, 'utf8')));
  const handEditedUnit = report.units.find((unit) => unit.id === handEditedUnitId);
  const candidates = report.units.filter((unit) => unit.id !== handEditedUnitId);
  if (!handEditedUnit || candidates.length < hostileTexts.length) throw new Error(`the real report has too few units for ${hostileTexts.length} hostile texts`);
  const hostileUnits = hostileTexts.map((text, index) => ({ ...candidates[index]!, text }));
  const byId = new Map(hostileUnits.map((unit) => [unit.id, unit]));
  // The text in report.json (search index, plain-text copies) and in the MDX file (the pages) alike.
  const edited = { ...report, units: report.units.map((unit) => byId.get(unit.id) ?? unit) };
  writeFileSync(reportFile, JSON.stringify(edited, null, 2));
  for (const unit of hostileUnits) writeFileSync(path.join(copy.generatedDir, 'units', `${unit.id}.mdx`), unitToMdx(unit));
  appendFileSync(path.join(copy.generatedDir, 'units', `${handEditedUnitId}.mdx`), handWritten);

  await runInCopy(copy, 'astro build', [path.join(repositoryRoot, 'node_modules/astro/astro.js'), 'build'], {}, control);
  return { distDir: copy.distDir, hostileUnits, handEditedUnit };
}
