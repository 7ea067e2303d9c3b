/** The shape of one benchmark's results, as bench.ts collects them and the report reads them. */
import type { BuildPhases } from './build-phases';
import type { DistStats } from './dist-stats';
import type { PageWeight } from './page-weight';

/** One cold run: ingest, then astro build (which ends with Pagefind). Times in ms. */
export interface RunResult {
  ingestMs: number;
  build: BuildPhases;
  totalMs: number;
  ingestPeakRssBytes: number | null;
  buildPeakRssBytes: number | null;
  /** CPU time (user + system) of ingest and of the build, in ms; null without GNU time. */
  ingestCpuMs: number | null;
  buildCpuMs: number | null;
  /** The machine's 1-minute load average when the run started: other work skews the times. */
  loadAverage: number;
  /** The 1-, 5- and 15-minute load averages when the run started, as `uptime` prints them. */
  loadAverages?: number[];
}

/** Everything measured for one corpus. */
export interface CorpusResult {
  name: string;
  /** 1 for the real report, 10 and 100 for the synthetic ones. */
  scale: number;
  units: number;
  sections: number;
  sourceLines: number;
  runs: RunResult[];
  dist: DistStats;
  /** The unit page weighed, e.g. "/recommendations/12/". */
  unitPagePath: string;
  unitPage: PageWeight;
}

/** The machine the benchmark ran on. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
}

/** A whole benchmark. */
export interface BenchResults {
  date: string;
  machine: Machine;
  corpora: CorpusResult[];
}
