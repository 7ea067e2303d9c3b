/**
 * Builds made while the global setup builds the site (tests/support/build-and-serve.ts), which
 * every site file waits for: the shared builds the global setup starts beside it
 * (tests/support/shared-build.ts) and a unit test's own builds (tests/unit/site-build-atomic.test.ts).
 * Started at a lower priority, they take the processor that build leaves. Their own processes
 * (ingest, Astro, Pagefind) inherit the priority.
 */
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';

/** The niceness of a build no test file waits for (a unit test's own builds). */
export const behindTheSiteBuild = 10;

/**
 * The niceness of a shared build, which site files wait for too: a little below the site's own
 * build, not far. At 10, on a machine loaded by other work, the hostile-text build got so little of
 * the processor that its file waited minutes for it in a worker.
 */
export const besideTheSiteBuild = 5;

/** Lowers the priority of a process just started; a priority that cannot be set leaves it an equal. */
export function lowerPriority(child: ChildProcess, niceness = behindTheSiteBuild): void {
  if (child.pid === undefined) return;
  try {
    os.setPriority(child.pid, niceness);
  } catch {
    // Not allowed here: the process competes as an equal, which is only slower.
  }
}
