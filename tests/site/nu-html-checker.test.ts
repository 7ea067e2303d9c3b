/**
 * Every built page passes the W3C Nu Html Checker (vnu.jar from the vnu-jar package, run with
 * Java), the checker the W3C's own validator runs: stricter than html-validate on the HTML parsing
 * rules (a <script> after </html> is fatal to it).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from './helpers/site-facts';

const distDir = inject('distDir');
const require = createRequire(import.meta.url);
const vnuJar = require('vnu-jar') as string;

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('W3C Nu Html Checker', () => {
  it('finds no error or warning on any page', { timeout: 600_000 }, async () => {
    const files = (await htmlFiles(distDir)).map((file) => path.join(distDir, file));
    expect(files.length).toBeGreaterThan(40);
    const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.error, 'java must be installed (Debian: default-jre-headless)').toBeUndefined();
    const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] };
    // "info" messages are notes, not problems (none is expected, but they fail nothing).
    const problems = messages
      .filter((message) => message.type !== 'info')
      .map((message) => `${path.relative(distDir, new URL(message.url).pathname)}:${message.lastLine ?? '?'} ${message.subType ?? message.type}: ${message.message}`);
    expect(problems).toEqual([]);
  });
});
