import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputAtomically } from '../../src/output/write-output';

function previousOutput(): { parent: string; out: string } {
  const parent = mkdtempSync(path.join(tmpdir(), 'write-output-'));
  const out = path.join(parent, 'generated');
  mkdirSync(path.join(out, 'units'), { recursive: true });
  writeFileSync(path.join(out, '.ingest-output'), 'marker\n');
  writeFileSync(path.join(out, 'report.json'), '{"previous": true}\n');
  return { parent, out };
}

describe('writeOutputAtomically', () => {
  it('swaps in the new files with the marker, and leaves nothing beside the output', async () => {
    const { parent, out } = previousOutput();
    await writeOutputAtomically(out, new Map([['report.json', '{}\n'], ['units/paragraph-1.mdx', 'نص\n']]));
    expect(readdirSync(parent)).toEqual(['generated']);
    expect(readdirSync(out).sort()).toEqual(['.ingest-output', 'report.json', 'units']);
    expect(readFileSync(path.join(out, '.ingest-output'), 'utf8')).toContain('npm run ingest');
    expect(readFileSync(path.join(out, 'units/paragraph-1.mdx'), 'utf8')).toBe('نص\n');
  });

  it('leaves the previous output as it was and removes the half-written new one when writing fails', async () => {
    const { parent, out } = previousOutput();
    // "report.json" is written as a file, so "report.json/extra" cannot be: the write fails midway.
    const files = new Map([['report.json', '{}\n'], ['report.json/extra', 'x']]);
    await expect(writeOutputAtomically(out, files)).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(readdirSync(parent)).toEqual(['generated']);
    expect(readFileSync(path.join(out, 'report.json'), 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(out).sort()).toEqual(['.ingest-output', 'report.json', 'units']);
  });
});
