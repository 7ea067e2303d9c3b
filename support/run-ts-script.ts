/**
 * How tests start one of the project's TypeScript scripts (scripts/ingest.ts) as a process:
 * Node with tsx's loader, in one process. `npm run ingest` runs the same script through the tsx
 * command, which starts a second Node process only to run this one and pass on its output and exit
 * code; the script, its arguments, its output and its exit code are the same either way. The tests
 * start the script some sixty times, and the second process cost each start about a third of its
 * CPU time on the 2-core machine.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repositoryRoot = path.resolve(import.meta.dirname, '..');

/** tsx's loader, named by its file so that the script's own folder need not hold node_modules. */
const tsxLoader = pathToFileURL(path.join(repositoryRoot, 'node_modules/tsx/dist/loader.mjs')).href;

/** The program and arguments that run `script` (a path relative to the working folder) with `args`. */
export function tsScriptCommand(script: string, args: string[]): [string, string[]] {
  return [process.execPath, ['--import', tsxLoader, script, ...args]];
}
