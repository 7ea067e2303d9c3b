/**
 * The order in which `npm test` hands test files to its workers: the slowest files first, then
 * vitest's own order (a file that failed last time first, then the longest last time; in a fresh
 * clone, which has no record of an earlier run, the largest file first).
 *
 * Three workers share the files. A slow file started last runs alone while the other workers sit
 * idle: in a fresh clone, ordering by file size started the hostile-text file (which makes the
 * shared hostile build) 38th of 70 and accessibility 17th, so the run ended with a few long files
 * and one busy worker. Started first, the long files overlap each other and the many short files
 * fill the gaps. The list holds the files measured slowest in a fresh clone on the 2-core
 * machine; a new slow file belongs here too.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Slowest first. The files that share the hostile build come apart: the first one makes it, the other then finds it made. */
export const slowestFiles = [
  'tests/site/hostile-text.test.ts',
  'tests/site/a11y.test.ts',
  'tests/site/search-page.test.ts',
  'tests/unit/site-build-atomic.test.ts',
  'tests/site/search-recall.test.ts',
  'tests/unit/ingest-cli.test.ts',
  'tests/site/budgets.test.ts',
  'tests/site/content-security-policy.test.ts',
  'tests/site/pdf-text-layer.test.ts',
  'tests/unit/ingest-out-safety.test.ts',
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
      return index === -1 ? slowestFiles.length : index;
    };
    // Array.prototype.sort is stable: the files not listed keep vitest's order among themselves.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
