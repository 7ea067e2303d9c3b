/**
 * The I/O edge for the reviewed repairs file: read content/repairs.json once per build with
 * ingest's own parser, and fail the build naming the file and every problem in it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../ingest/problems';
import { parseRepairsFile, type Repair } from '../ingest/repairs-schema';

/** Path of the reviewed repairs file. */
export const repairsJsonPath = path.resolve('content/repairs.json');

let cached: Repair[] | undefined;

/** The reviewed repairs, validated; read on first use, then shared by every page. */
export function loadRepairs(): Repair[] {
  if (cached) return cached;
  const { repairs, problems } = parseRepairsFile(readFileSync(repairsJsonPath, 'utf8'));
  if (problems.length > 0) {
    const fileNames = { repairs: repairsJsonPath, source: repairsJsonPath, 'accepted-findings': repairsJsonPath };
    throw new Error(problems.map((problem) => formatProblem(problem, fileNames)).join('\n'));
  }
  cached = repairs;
  return repairs;
}
