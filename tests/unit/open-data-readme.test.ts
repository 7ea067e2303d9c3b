/**
 * README's "Open data" section documents report.json: every field of the contract has a row in
 * its table, and its example is a valid report (so the documentation cannot drift from the schema).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingOrderChange, report, reportDocument, reviewedRepair, section, unit } from '../../src/report/schema';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('### `/data/report.json`');
const end = readme.indexOf('### `/data/report.akn.xml`');
const openData = readme.slice(start, end);
const tableRows = openData.split('\n').filter((line) => line.startsWith('| `'));

/** True when a table row starting with `prefix` names `key` (as "`prefix.key`" or a following "`.key`"). */
function documented(prefix: string, key: string): boolean {
  return tableRows.some((row) => row.startsWith(`| \`${prefix}`) && (row.includes(`\`${prefix}.${key}\``) || row.includes(`\`.${key}\``)));
}

describe('README, Open data: report.json', () => {
  it('has the section', () => {
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
  });

  it('documents every field of the contract', () => {
    const groups: [string, Record<string, unknown>][] = [
      ['document', reportDocument.shape],
      ['sections[]', section.shape],
      ['units[]', unit.shape],
      ['readingOrderChanges[]', readingOrderChange.shape],
      ['reviewedRepairs[]', reviewedRepair.shape],
    ];
    for (const key of Object.keys(report.shape)) {
      expect(tableRows.some((row) => row.startsWith(`| \`${key}`)), key).toBe(true);
    }
    for (const [prefix, shape] of groups) {
      for (const key of Object.keys(shape)) expect(documented(prefix, key), `${prefix}.${key}`).toBe(true);
    }
  });

  it('gives an example that is a valid report', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(openData)?.[1];
    expect(example).toBeDefined();
    const result = report.safeParse(JSON.parse(example!));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});
