/**
 * Runs a command, stamping each line of its output with the time it arrived, and measures its
 * wall time and peak memory (GNU time's maximum resident set size, when /usr/bin/time exists).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StampedLine } from './build-phases';

const gnuTime = '/usr/bin/time';

/** What one command run took. */
export interface TimedRun {
  /** Wall time in ms. */
  wallMs: number;
  /** Peak resident memory of the command's largest process, in bytes; null without GNU time. */
  peakRssBytes: number | null;
  /**
   * CPU time (user + system) of the command and its children, in ms; null without GNU time.
   * Unlike wall time it hardly changes when other work competes for the cores.
   */
  cpuMs: number | null;
  lines: StampedLine[];
}

/** Runs `command args` in `cwd` with extra environment; rejects with its output if it fails. */
export function timedCommand(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<TimedRun> {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${Date.now()}.txt`);
  const withTime = existsSync(gnuTime);
  const [program, programArgs] = withTime ? [gnuTime, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const started = performance.now();
  const lines: StampedLine[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(program, programArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (stream: NodeJS.ReadableStream) => {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const at = performance.now() - started;
        const parts = (pending + chunk).split('\n');
        pending = parts.pop()!;
        for (const text of parts) lines.push({ at, text });
      });
      stream.on('end', () => pending && lines.push({ at: performance.now() - started, text: pending }));
    };
    collect(child.stdout!);
    collect(child.stderr!);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      let peakRssBytes: number | null = null;
      let cpuMs: number | null = null;
      if (withTime && existsSync(rssFile)) {
        // The last line is "<max RSS KB> <user s> <system s>"; earlier lines may name a signal.
        const [kilobytes, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        peakRssBytes = Number.isFinite(kilobytes) ? kilobytes! * 1024 : null;
        cpuMs = Number.isFinite(user) && Number.isFinite(system) ? (user! + system!) * 1000 : null;
        rmSync(rssFile, { force: true });
      }
      if (code !== 0) {
        const tail = lines.slice(-40).map((line) => line.text).join('\n');
        reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${tail}`));
        return;
      }
      resolve({ wallMs, peakRssBytes, cpuMs, lines });
    });
  });
}
