/**
 * The order in which `npm test` hands test files to its workers: the unit files first, the
 * slowest first among them, while the site builds; then the site files, the slowest first. Files
 * not listed below keep vitest's own order (a file that failed last time first, then the longest
 * last time; in a fresh clone, which has no record of an earlier run, the largest file first).
 *
 * The site files wait for the build the global setup starts (tests/support/build-and-serve.ts);
 * the unit files need none, so they fill the workers meanwhile. Three workers share the files, and
 * a slow file started last runs alone while the others sit idle: in a fresh clone, ordering by
 * file size started the hostile-text file (which makes the shared hostile build) 38th of 70 and
 * accessibility 17th, so the run ended with a few long files and one busy worker. Started first,
 * the long files overlap each other and the many short files fill the gaps. The list holds the
 * files measured slowest in a fresh clone on the 2-core machine; a new slow file belongs here too.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Slowest first, within each project. The files that share the hostile build come apart: the first
 * one finds it made or under way (the global setup starts it), the other then finds it made. The
 * hostile-text file starts fourth, not first, to give that build, made at a lower priority than the
 * site's own, the time of the first three.
 */
export const slowestFiles = [
  'tests/unit/site-build-atomic.test.ts',
  'tests/unit/ingest-cli.test.ts',
  'tests/unit/ingest-out-safety.test.ts',
  'tests/unit/reading-order-synthetic-seeds.test.ts',
  'tests/site/a11y.test.ts',
  'tests/site/search-page.test.ts',
  'tests/site/search-recall.test.ts',
  'tests/site/hostile-text.test.ts',
  'tests/site/budgets.test.ts',
  'tests/site/content-security-policy.test.ts',
  'tests/site/pdf-text-layer.test.ts',
  'tests/site/navigation.test.ts',
  'tests/site/links.test.ts',
  'tests/site/origin.test.ts',
  'tests/site/unit-mdx.test.ts',
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const rank = (file: TestSpecification) => {
      const index = slowestFiles.indexOf(path.relative(root, file.moduleId).split(path.sep).join('/'));
      return (file.project.name === 'site' ? slowestFiles.length + 1 : 0) + (index === -1 ? slowestFiles.length : index);
    };
    // Array.prototype.sort is stable: the files not listed keep vitest's order among themselves.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
