/**
 * parseEvents on 10 MB hostile bodies (deep nesting, millions of wrong items, a huge string, millions
 * of events), as text, bytes and parsed JSON, with the default limits and with only the body size
 * raised to 16 MiB (so that the other limits do the bounding). Each case runs in a fresh process:
 * time of the parseEvents call (wall and CPU), heap growth across it, and the process's peak RSS (which includes the
 * 10 MB body itself and the module loader). Target: < 1 s and < 256 MB.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CASE_NAMES } from './hostile-body-cases.ts';

export interface HostileRun {
  name: string;
  form: string;
  limits: 'default' | 'body 16 MiB';
  bytes: number;
  ms: number;
  /** CPU time of the call (user + system): on a shared machine, wall time also counts waiting for a CPU. */
  cpuMs: number;
  heapDelta: number;
  rssBefore: number;
  peakRss: number;
  results: number;
  outcome: string;
}
export interface HostileBench {
  runs: HostileRun[];
  maxMs: number;
  maxCpuMs: number;
  maxPeakRss: number;
  /** The most the peak RSS rose above the RSS before the call (the body already built). */
  maxRssGrowth: number;
  met: boolean;
}

const RUNNER = fileURLToPath(new URL('./hostile-body-run.ts', import.meta.url));
const LIMITS = { default: {}, 'body 16 MiB': { maxBodyBytes: 16 * 1024 * 1024 } } as const;

export function benchHostile(onProgress: (line: string) => void): HostileBench {
  const runs: HostileRun[] = [];
  for (const [limits, options] of Object.entries(LIMITS) as [HostileRun['limits'], object][]) {
    for (const name of CASE_NAMES) {
      for (const form of ['text', 'bytes', 'parsed']) {
        const output = execFileSync(
          process.execPath,
          [
            '--expose-gc',
            '--max-old-space-size=1024',
            '--import',
            'tsx',
            RUNNER,
            name,
            form,
            JSON.stringify(options),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 20 },
        );
        const run = {
          ...(JSON.parse(output.trim().split('\n').at(-1)!) as Omit<HostileRun, 'limits'>),
          limits,
        };
        onProgress(`  ${limits}, ${form}: ${name}: ${run.ms.toFixed(1)} ms (CPU ${run.cpuMs.toFixed(1)} ms)`);
        runs.push(run);
      }
    }
  }
  const maxMs = Math.max(...runs.map((run) => run.ms));
  const maxCpuMs = Math.max(...runs.map((run) => run.cpuMs));
  const maxPeakRss = Math.max(...runs.map((run) => run.peakRss));
  const maxRssGrowth = Math.max(...runs.map((run) => Math.max(0, run.peakRss - run.rssBefore)));
  const met = maxMs < 1000 && maxRssGrowth < 256 * 1024 * 1024;
  return { runs, maxMs, maxCpuMs, maxPeakRss, maxRssGrowth, met };
}
