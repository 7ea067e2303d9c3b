/**
 * The command line of `npm run ingest`. A mistake in it is the user's, so it gets one line that
 * says what is wrong and how to write it, never a stack trace (node:util's parseArgs throws).
 *
 * Pure: arguments in, options or a message out.
 */

export interface IngestOptions {
  source: string;
  repairs: string;
  out: string;
  /** The reviewed list of damage findings to accept (src/ingest/accepted-findings.ts); none by default. */
  'accepted-findings'?: string;
}

const defaults: IngestOptions = {
  source: 'content/source/V1909259-ar.txt',
  repairs: 'content/repairs.json',
  out: 'content/generated',
};

const valueNames: Record<keyof IngestOptions, string> = {
  source: '<file>',
  repairs: '<file>',
  out: '<folder>',
  'accepted-findings': '<file>',
};

const optionList = Object.entries(valueNames)
  .map(([name, value]) => `--${name} ${value}`)
  .join(', ');

/** The usage line, also printed by --help. */
export const ingestUsage = `usage: npm run ingest -- ${Object.entries(valueNames)
  .map(([name, value]) => `[--${name} ${value}]`)
  .join(' ')} (defaults: ${Object.entries(defaults)
  .map(([name, value]) => `--${name} ${value}`)
  .join(', ')})`;

const isOption = (name: string): name is keyof IngestOptions => Object.hasOwn(valueNames, name);

/** JSON quoting shows an argument exactly and never prints a control character raw. */
const quoted = (argument: string) => JSON.stringify(argument);

export type ParsedArguments = { options: IngestOptions } | { help: true } | { error: string };

/** Reads `--name value` and `--name=value` for the options, or `--help`. */
export function parseIngestArguments(argv: readonly string[]): ParsedArguments {
  const given: Partial<IngestOptions> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--help' || argument === '-h') return { help: true };
    if (!argument.startsWith('--')) {
      return { error: `unexpected argument ${quoted(argument)}; the options are ${optionList}` };
    }
    const equals = argument.indexOf('=');
    const name = argument.slice(2, equals === -1 ? undefined : equals);
    if (!isOption(name)) return { error: `unknown option ${quoted(argument)}; the options are ${optionList}` };
    let value: string | undefined;
    if (equals !== -1) value = argument.slice(equals + 1);
    else if (index + 1 < argv.length && !argv[index + 1]!.startsWith('--')) value = argv[++index];
    if (value === undefined || value === '') return { error: `--${name} needs a value: --${name} ${valueNames[name]}` };
    if (given[name] !== undefined) return { error: `--${name} is given twice` };
    given[name] = value;
  }
  return { options: { ...defaults, ...given } };
}
