/**
 * The I/O edge between ingest's report.json and the pages: read it once per build, check it
 * against the contract, and fail the build with a message that names the file and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { report as reportSchema, type Report } from './schema';
import { generatedDir } from './generated-dir';

/** Path of the document tree written by `npm run ingest`. */
export const reportJsonPath = path.join(generatedDir, 'report.json');

let cached: Report | undefined;

/** The validated document tree; read from disk on first use, then shared by every page. */
export function loadReport(): Report {
  cached ??= parseReportJson(readReportText(), reportJsonPath);
  return cached;
}

function readReportText(): string {
  try {
    return readFileSync(reportJsonPath, 'utf8');
  } catch (error) {
    throw new Error(
      `${reportJsonPath}: cannot read the document tree (${(error as Error).message}). Run \`npm run ingest\` first.`,
    );
  }
}

/** Parse and validate report.json text; `fileName` only appears in error messages. */
export function parseReportJson(text: string, fileName: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message}).`);
  }
  const result = reportSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${fileName}: does not match the report contract in src/report/schema.ts:\n${problems.join('\n')}`);
  }
  return result.data;
}
