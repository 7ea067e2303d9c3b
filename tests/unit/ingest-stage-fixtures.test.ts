/**
 * Every ingest stage and every reading-order pass, run alone on the inputs in its fixture folders
 * (tests/unit/fixtures/stages/, tests/unit/fixtures/passes/) and compared with the expected files
 * beside them. The test never writes an expected file: `npm run fixtures:update` does, and its
 * changes are reviewed as a git diff (docs/stage-fixtures.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from '../../src/ingest/classified-line';
import { ingestStages } from '../../src/ingest/stages';
import { actualOf, expectedPath, fixtureCases, fixturesRoot, fixtureSubjects, fromFixtureJson, inputOf, type FixtureSubject } from '../../support/stage-fixtures';

const { cases, unknownFolders } = fixtureCases();
const casesOf = (subject: FixtureSubject) => cases.filter((each) => each.subject.kind === subject.kind && each.subject.name === subject.name);

describe('the stage list', () => {
  it('is the list docs/stage-fixtures.md describes, in the same order', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/stage-fixtures.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## The stages'), doc.indexOf('## Fixtures'));
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual(ingestStages.stages.map((stage) => stage.name));
  });
});

describe('stage and pass fixtures', () => {
  it('every stage and every pass has a case, and every fixture folder names a stage or a pass', () => {
    const withoutCase = fixtureSubjects()
      .filter((subject) => casesOf(subject).length === 0)
      .map((subject) => `${subject.kind}/${subject.name}`);
    expect(withoutCase).toEqual([]);
    expect(unknownFolders).toEqual([]);
  });

  it('every pass has a case where it changes a line and a case where it changes none', () => {
    const changesOf = (fixtureCase: (typeof cases)[number]) => {
      const before = inputOf(fixtureCase.folder) as ClassifiedLine[];
      const after = fromFixtureJson(readFileSync(expectedPath(fixtureCase), 'utf8')) as ClassifiedLine[];
      return after.filter((line, index) => line.text !== before[index]!.text).length;
    };
    const missing = fixtureSubjects()
      .filter((subject) => subject.kind === 'passes')
      .flatMap((subject) => {
        const counts = casesOf(subject).map(changesOf);
        return [
          ...(counts.some((count) => count > 0) ? [] : [`${subject.name}: no case where it changes a line`]),
          ...(counts.some((count) => count === 0) ? [] : [`${subject.name}: no case where it leaves the lines alone`]),
        ];
      });
    expect(missing).toEqual([]);
  });

  it.each(cases.map((each) => [path.relative(fixturesRoot, each.folder), each] as const))('%s', (_name, fixtureCase) => {
    const expected = readFileSync(expectedPath(fixtureCase), 'utf8');
    expect(actualOf(fixtureCase), `${path.relative(process.cwd(), expectedPath(fixtureCase))} (npm run fixtures:update rewrites it; review the git diff)`).toBe(expected);
  });
});
