/**
 * `npm run build`: ingest the report, build the site (Astro, font subsets, plain-text copies,
 * search index) into a fresh folder beside the output, and put it in place of the previous build
 * only when every step has succeeded. A failed step leaves the previous build exactly as it was;
 * Astro alone would have emptied it first and left it half written.
 *
 * The output is dist/, or SITE_OUT_DIR; ingest writes, and Astro reads, content/generated/ or
 * SITE_GENERATED_DIR. Options after `--` go to ingest (`npm run build -- --source <file>`).
 * It replaces only a missing or empty folder or an earlier build of the site, never the
 * repository, its inputs or a home folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { contentRefusal, placeRefusal } from '../src/output/output-folder';
import { parseReportJson } from '../src/report/load-report';
import { outputFolderState, realPathOf, replaceFolder } from '../src/output/write-output';
import { isSiteBuild, missingFromSiteBuild } from '../src/output/site-output';

const repositoryRoot = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(process.env.SITE_OUT_DIR ?? 'dist');
const generatedDir = process.env.SITE_GENERATED_DIR;
const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}-build-${process.pid}`);
const retired = path.join(path.dirname(outDir), `.${path.basename(outDir)}-old-${process.pid}`);

/** Runs a command with the terminal as its output; resolves to its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repositoryRoot, env, stdio: 'inherit' });
    // Stopped by a signal, the child ends and the build cleans up after it as after a failure.
    const stop = () => child.kill('SIGTERM');
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    child.on('error', (error) => {
      process.stderr.write(`build: cannot start ${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function refusal(): string | undefined {
  const inputs = ['content', 'src', 'public', 'node_modules', ...(generatedDir ? [generatedDir] : [])];
  const place = {
    out: realPathOf(outDir),
    inputs: inputs.map((name) => ({ name, path: realPathOf(path.resolve(repositoryRoot, name)) })),
    repositoryRoot: realPathOf(repositoryRoot),
    home: realPathOf(homedir()),
  };
  return placeRefusal(place) ?? contentRefusal(outputFolderState(place.out), isSiteBuild, 'a build of this site');
}

async function main(): Promise<number> {
  const relative = path.relative(process.cwd(), outDir);
  const shown = relative === '' ? '.' : relative.startsWith('..') ? outDir : relative;
  const refused = refusal();
  if (refused !== undefined) {
    process.stderr.write(`${shown}: cannot be the site's output folder: ${refused}; nothing was built\n`);
    return 1;
  }
  const fail = (step: string) => {
    process.stderr.write(`build: ${step} failed; ${shown} was left as it was\n`);
    return 1;
  };
  const tsx = path.join(repositoryRoot, 'node_modules/.bin/tsx');
  const ingestArgs = [...process.argv.slice(2), ...(generatedDir ? ['--out', generatedDir] : [])];
  if ((await run(tsx, ['scripts/ingest.ts', ...ingestArgs], process.env)) !== 0) return fail('ingest');

  await rm(staging, { recursive: true, force: true });
  try {
    const astro = path.join(repositoryRoot, 'node_modules/astro/astro.js');
    const status = await run(process.execPath, [astro, 'build'], { ...process.env, SITE_OUT_DIR: staging });
    if (status !== 0) return fail('the site build (Astro, fonts, plain-text copies or search index)');
    // A step that ends without finishing its work (a hook whose promise never settles lets the
    // process exit 0) must not pass: every file a complete build has is checked for.
    const reportJson = path.join(path.resolve(generatedDir ?? 'content/generated'), 'report.json');
    const report = parseReportJson(readFileSync(reportJson, 'utf8'), reportJson);
    const missing = missingFromSiteBuild(report, (file) => existsSync(path.join(staging, file)));
    if (missing.length > 0) {
      process.stderr.write(`build: the new build lacks ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}\n`);
      return fail('the site build');
    }
    await replaceFolder(outDir, staging, retired);
  } catch (error) {
    process.stderr.write(`build: ${(error as Error).message}\n`);
    return fail('putting the new build in place');
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  process.stdout.write(`build: the site is in ${shown}\n`);
  return 0;
}

process.exitCode = await main();
