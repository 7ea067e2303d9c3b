/**
 * Whether a folder may become ingest's output. Writing the output replaces the folder whole, so a
 * wrong `--out` would otherwise delete whatever it names: the source, the repository, a home
 * folder. Ingest only replaces a folder that is missing, empty, or an earlier output of its own,
 * and never one that holds, is, or lies inside one of its inputs or the repository.
 *
 * Pure: the I/O edge (src/output/write-output.ts) gathers the facts, this decides.
 */
import path from 'node:path';

/** The file ingest writes into every output, by which it knows the folder as its own. */
export const outputMarkerName = '.ingest-output';

/** Its content, for the maintainer who opens it. */
export const outputMarkerText =
  'Written by `npm run ingest`, which replaces this whole folder at every run: keep nothing else here.\n';

/** What is at the output path. Every path is absolute with symbolic links resolved. */
export type OutputFolderState =
  | { kind: 'missing' }
  | { kind: 'file' }
  /** The path runs through a file (the file's path is given). */
  | { kind: 'inside-a-file'; file: string }
  /**
   * An existing folder: what it holds, as relative paths with "/" ("units/"), and what its
   * `units/` folder holds ("units/a.mdx"), which is all it takes to know an earlier output.
   */
  | { kind: 'folder'; entries: string[] }
  /** An existing folder that cannot be listed (the system's message). */
  | { kind: 'unreadable'; message: string };

/** Where the output folder is, and the places it must never replace. */
export interface OutputFolderPlace {
  /** The output folder. */
  out: string;
  /** The inputs (files or folders), by the name the maintainer gave them (e.g. "content/source/V1909259-ar.txt"). */
  inputs: { name: string; path: string }[];
  repositoryRoot: string;
  home: string;
}

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** An earlier output written before ingest marked its outputs: exactly the files it writes. */
const unmarkedOutputEntry = /^(?:report\.json|damage-report\.json|units\/|units\/[^/]+\.mdx)$/;

/**
 * Why a folder at this place must not be replaced whatever it holds, or undefined. Also used for
 * the site build's output (scripts/build.ts).
 */
export function placeRefusal(facts: OutputFolderPlace): string | undefined {
  const { out } = facts;
  if (out === facts.repositoryRoot) return 'it is the root of the repository';
  if (isInside(facts.repositoryRoot, out)) return 'it holds the repository';
  if (out === facts.home) return 'it is the home folder';
  if (isInside(facts.home, out)) return 'it holds the home folder';
  for (const input of facts.inputs) {
    if (out === input.path) return `it is the input ${input.name}`;
    if (isInside(input.path, out)) return `it holds the input ${input.name}`;
    if (isInside(out, input.path)) return `it is inside the input ${input.name}`;
  }
  return undefined;
}

/**
 * Why what is at the output path must not be replaced, or undefined when it may: a missing or
 * empty folder may, and a folder holding entries when `isOwnOutput` knows them as an earlier
 * output (`owner` names the writer in the message).
 */
export function contentRefusal(
  state: OutputFolderState,
  isOwnOutput: (entries: string[]) => boolean = isIngestOutput,
  owner = `ingest (it has no ${outputMarkerName} file)`,
): string | undefined {
  switch (state.kind) {
    case 'missing':
      return undefined;
    case 'file':
      return 'it is a file, not a folder';
    case 'inside-a-file':
      return `${state.file} is a file, not a folder`;
    case 'folder':
      if (state.entries.length === 0 || isOwnOutput(state.entries)) return undefined;
      return `it is not empty and was not written by ${owner}; name a new or empty folder`;
    case 'unreadable':
      return `it cannot be listed (${state.message})`;
  }
}

/** Ingest's output: marked, or, if written before outputs were marked, holding only its files. */
function isIngestOutput(entries: string[]): boolean {
  return entries.includes(outputMarkerName) || entries.every((entry) => unmarkedOutputEntry.test(entry));
}
