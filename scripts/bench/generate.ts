/**
 * Generation wall time, as a user runs it: `scripts/generate.ts` in a fresh process, through
 * scripts/run-typescript.mjs as `npm run generate` runs it (no npm), on synthetic catalogs (synthetic-catalog.ts) and on the real catalog:
 *   full          into an empty output directory
 *   noop (cache)  the same command again: inputs and output unchanged (generator/cache.ts)
 *   noop (full)   again with --no-cache: the whole pipeline, nothing to write
 *   one changed   one event's description edited, then the same command (with the cache)
 * Stage timings and peak memory come from the run's own summary line (runPipeline's per-stage
 * timings, the process's maxRSS by the end of each stage and of the run). With `runs` > 1 every
 * figure is the median of that many runs.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../../generator/stages/write.ts';
import { ROOT } from '../fuzz/targets.ts';
import { writeSyntheticCatalog } from './synthetic-catalog.ts';

export interface Run {
  wallMs: number;
  /** runPipeline's stage timings (absent on a cache hit). */
  stages: Record<string, number>;
  /** Peak resident memory (MB) by the end of each stage. */
  stagePeakMb: Record<string, number>;
  /** CPU time of each stage, user + system (ms). */
  stageCpuMs: Record<string, number>;
  /** Peak resident memory of the whole run (MB). */
  peakMb: number;
  /** CPU time of the whole run, user + system (ms). */
  cpuMs: number;
  files: number;
  cached: boolean;
}
export interface SizeResult {
  events: number;
  label: string;
  /** Set when generate failed: the reason and how long it ran (full, noop are then absent). */
  failed?: { error: string; wallMs: number };
  full: Run;
  noopCached: Run;
  /** Skipped above `uncachedUpTo` events: it costs as much as a full run. */
  noopUncached?: Run;
  /** One event's description changed since the full run. */
  oneChanged?: Run;
}
export interface GenerateBench {
  sizes: SizeResult[];
  /** full(1000) / full(100), wall time. Target <= 8. */
  scaling?: number;
  /** noop (cache) / full, at the largest size. Target <= 0.3. */
  noopRatio?: number;
  /** noop without the cache / full, at the largest size. */
  noopUncachedRatio?: number;
  /** one changed event / full, at the largest size. Target <= 0.1. */
  oneChangedRatio?: number;
  runs: number;
  notes: string[];
}

const LAUNCHER = path.join(ROOT, 'scripts/run-typescript.mjs');
const GENERATE = path.join(ROOT, 'scripts/generate.ts');

class GenerateFailed extends Error {
  constructor(
    message: string,
    readonly wallMs: number,
  ) {
    super(message);
  }
}

function generate(args: string[], cacheDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [LAUNCHER, GENERATE, ...args], {
      cwd: ROOT,
      env: { ...process.env, ACS_EVENTS_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0)
        return reject(
          new GenerateFailed(
            `exit ${code}: ${(stderr || stdout).trim().split('\n').slice(0, 3).join(' / ')}`,
            Math.round(wallMs),
          ),
        );
      const stages: Record<string, number> = {};
      const stagePeakMb: Record<string, number> = {};
      const stageCpuMs: Record<string, number> = {};
      const summary =
        /\(((?:[a-z-]+ \d+ms \d+MB cpu \d+ms(?:, )?)+); peak memory \d+MB, cpu \d+ms\)\.\s*$/m.exec(stdout);
      for (const part of summary?.[1]?.split(', ') ?? []) {
        const [stage, ms, mb, , cpu] = part.split(' ');
        stages[stage!] = Number(ms!.replace('ms', ''));
        stagePeakMb[stage!] = Number(mb!.replace('MB', ''));
        stageCpuMs[stage!] = Number(cpu!.replace('ms', ''));
      }
      const files = Number(/(?:generated |\()(\d+) files/.exec(stdout)?.[1] ?? NaN);
      const peakMb = Number(/peak memory (\d+)MB/.exec(stdout)?.[1] ?? NaN);
      const cpuMs = Number(/peak memory \d+MB, cpu (\d+)ms/.exec(stdout)?.[1] ?? NaN);
      resolve({
        wallMs: Math.round(wallMs),
        stages,
        stagePeakMb,
        stageCpuMs,
        peakMb,
        cpuMs,
        files,
        cached: /is up to date: /.test(stdout),
      });
    });
  });
}

/** Edits one event's description (the first event file that has one); returns the undo. */
async function changeOneEvent(catalogDir: string): Promise<() => Promise<void>> {
  const files = (await listFiles(path.join(catalogDir, 'events'))).sort();
  for (const name of files) {
    const file = path.join(catalogDir, 'events', name);
    const text = await readFile(file, 'utf8');
    const changed = text.replace(/^description: (.+)$/m, 'description: $1 (Edited for the benchmark.)');
    if (changed === text) continue;
    await writeFile(file, changed);
    return () => writeFile(file, text);
  }
  throw new Error(`no event with a description under ${catalogDir}`);
}

/** The run with the median wall time (the first if there is one). */
function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)]!;
}

async function measureOnce(
  events: number,
  catalogDir: string,
  out: string,
  cacheDir: string,
  uncached: boolean,
): Promise<Omit<SizeResult, 'events' | 'label'>> {
  await rm(out, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  const args = ['--catalog', catalogDir, '--out', out];
  let full: Run;
  try {
    full = await generate(args, cacheDir);
  } catch (error) {
    if (!(error instanceof GenerateFailed)) throw error;
    const none: Run = {
      wallMs: NaN,
      stages: {},
      stagePeakMb: {},
      stageCpuMs: {},
      peakMb: NaN,
      cpuMs: NaN,
      files: 0,
      cached: false,
    };
    return { failed: { error: error.message, wallMs: error.wallMs }, full: none, noopCached: none };
  }
  const noopCached = await generate(args, cacheDir);
  const noopUncached = uncached ? await generate([...args, '--no-cache'], cacheDir) : undefined;
  const undo = await changeOneEvent(catalogDir);
  let oneChanged: Run;
  try {
    oneChanged = await generate(args, cacheDir);
  } finally {
    await undo();
  }
  return { full, noopCached, oneChanged, ...(noopUncached ? { noopUncached } : {}) };
}

async function measure(
  label: string,
  events: number,
  catalogDir: string,
  work: string,
  uncached: boolean,
  runs: number,
): Promise<SizeResult> {
  const out = path.join(work, `out-${label}`);
  const cacheDir = path.join(work, `cache-${label}`);
  const all: Omit<SizeResult, 'events' | 'label'>[] = [];
  for (let run = 0; run < runs; run++) {
    const one = await measureOnce(events, catalogDir, out, cacheDir, uncached);
    if (one.failed) return { events, label, ...one };
    all.push(one);
  }
  const pick = (get: (r: (typeof all)[number]) => Run | undefined) => {
    const found = all.map(get).filter((r): r is Run => r !== undefined);
    return found.length > 0 ? median(found) : undefined;
  };
  return {
    events,
    label,
    full: pick((r) => r.full)!,
    noopCached: pick((r) => r.noopCached)!,
    ...(uncached ? { noopUncached: pick((r) => r.noopUncached)! } : {}),
    oneChanged: pick((r) => r.oneChanged)!,
  };
}

export async function benchGenerate(options: {
  sizes: number[];
  work: string;
  /** Measure the no-op without the cache only up to this many events (default 200). */
  uncachedUpTo?: number;
  /** Runs per size; every figure is the median (default 1). */
  runs?: number;
  onProgress?: (line: string) => void;
}): Promise<GenerateBench> {
  await mkdir(options.work, { recursive: true });
  const results: SizeResult[] = [];
  const say = options.onProgress ?? (() => {});
  // The launcher bundles generate on its first run after a source change: not part of any figure.
  await generate(['--help'], path.join(options.work, 'cache'));
  say('generate: the real catalog …');
  const realCatalog = path.join(ROOT, 'catalog');
  const realEvents = (await listFiles(path.join(realCatalog, 'events'))).length;
  const runs = options.runs ?? 1;
  // The real catalog is copied: the one-changed-event run edits it.
  const realCopy = path.join(options.work, 'catalog-real');
  await cp(realCatalog, realCopy, { recursive: true });
  results.push(await measure('real', realEvents, realCopy, options.work, true, runs));
  await rm(realCopy, { recursive: true, force: true });
  for (const size of options.sizes) {
    const catalog = path.join(options.work, `catalog-${size}`);
    await writeSyntheticCatalog(size, catalog);
    say(`generate: ${size} synthetic events …`);
    results.push(
      await measure(String(size), size, catalog, options.work, size <= (options.uncachedUpTo ?? 200), runs),
    );
    await rm(catalog, { recursive: true, force: true });
  }
  const bench: GenerateBench = { sizes: results, notes: [], runs };
  const at = (n: number) => results.find((r) => r.label === String(n) && !r.failed);
  const small = at(100);
  const large = at(1000);
  if (small && large) bench.scaling = round(large.full.wallMs / small.full.wallMs);
  const biggest = [...results].reverse().find((r) => !r.failed);
  if (biggest) bench.noopRatio = round(biggest.noopCached.wallMs / biggest.full.wallMs);
  if (biggest?.oneChanged) bench.oneChangedRatio = round(biggest.oneChanged.wallMs / biggest.full.wallMs);
  const uncached = [...results].reverse().find((r) => r.noopUncached);
  if (uncached) bench.noopUncachedRatio = round(uncached.noopUncached!.wallMs / uncached.full.wallMs);
  // Stage growth between the smallest and largest synthetic sizes that finished.
  const synthetic = results.filter((r) => r.label !== 'real' && !r.failed);
  bench.notes = explain(
    bench,
    synthetic[0],
    synthetic.length > 1 ? synthetic[synthetic.length - 1] : undefined,
  );
  for (const r of results) {
    if (r.failed)
      bench.notes.push(
        `${r.events} events: generate FAILED after ${(r.failed.wallMs / 1000).toFixed(0)} s: ${r.failed.error}`,
      );
  }
  const failedLarge = results.find((r) => r.label === '1000' && r.failed);
  if (failedLarge && small) {
    bench.notes.push(
      `t(1000)/t(100) >= ${round(failedLarge.failed!.wallMs / small.full.wallMs)} (the 1000-event run had not finished when it failed).`,
    );
  }
  return bench;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Why a target is missed: which stages dominate, which grow faster than the catalog. */
function explain(bench: GenerateBench, small?: SizeResult, large?: SizeResult): string[] {
  const notes: string[] = [];
  if (small && large) {
    const growth = large.events / small.events;
    const ratio = round(large.full.wallMs / small.full.wallMs);
    const grew = Object.keys(large.full.stages)
      .map(
        (stage) => [stage, large.full.stages[stage]! / Math.max(1, small.full.stages[stage] ?? 1)] as const,
      )
      .sort((a, b) => b[1] - a[1]);
    const share = (stage: string) => Math.round((100 * large.full.stages[stage]!) / large.full.wallMs);
    notes.push(
      `t(${large.events})/t(${small.events}) = ${ratio} for ${growth}x the events` +
        (large.events === 1000 && small.events === 100
          ? ' (target <= 8). '
          : ` (linear would be ${growth}; the target is t(1000)/t(100) <= 8). `) +
        `Stage growth: ${grew.map(([s, g]) => `${s} ${g.toFixed(1)}x (${share(s)}% of the ${large.events}-event run)`).join(', ')}.`,
    );
    const superlinear = grew.filter(([, g]) => g > growth * 1.2).map(([s]) => s);
    if (superlinear.length > 0)
      notes.push(`Superlinear stages (grow faster than the catalog): ${superlinear.join(', ')}.`);
  }
  if (bench.noopRatio !== undefined) {
    notes.push(
      bench.noopRatio <= 0.3
        ? `No-op regenerate: ${bench.noopRatio} of a full run with the content-hash cache (generator/cache.ts); without it (--no-cache) ${bench.noopUncachedRatio ?? '?'} (the pipeline redoes all the work and only skips the write).`
        : `No-op regenerate misses the target: ${bench.noopRatio} of a full run.`,
    );
  }
  return notes;
}
