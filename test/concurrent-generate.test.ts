/**
 * Generates at once into one output directory (generator/stages/output-lock.ts + write.ts): they
 * serialize, and the output is always exactly one complete tree; a run killed mid-write leaves a
 * lock and a half-built tree the next run clears by itself; an output that cannot be written is a
 * clear message with nothing changed.
 *
 * Most runs are the write step alone (test/support/write-output-child.ts: lock, recover, compare,
 * swap, as `npm run generate` does after its pipeline) with a pre-computed file set, so 20 processes
 * stay affordable; one pair is the real CLI end to end.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { OutputFile } from '../generator/model/catalog-model.ts';
import {
  lockOutput,
  takeoverClaim,
  type OutputLock,
  type TakeoverStep,
} from '../generator/stages/output-lock.ts';
import { listFiles } from '../generator/stages/write.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GOLDEN_CATALOG = path.join(ROOT, 'test/golden/catalog');
const GOLDEN_OUTPUT = path.join(ROOT, 'test/golden/generated');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CHILD = path.join(ROOT, 'test/support/write-output-child.ts');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  onSpawn?: (kill: () => void) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ACS_EVENTS_CACHE_DIR: path.join(work, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    onSpawn?.(() => child.kill('SIGKILL'));
  });
}

const writeStep = (files: string, out: string, onSpawn?: (kill: () => void) => void) =>
  run(TSX, [CHILD, files, out], work, onSpawn);

async function snapshot(dir: string): Promise<string> {
  const files: string[] = [];
  for (const file of await listFiles(dir))
    files.push(`${file}\n${await readFile(path.join(dir, file), 'utf8')}`);
  return files.join('\n\0');
}

const expected = (files: readonly OutputFile[]) =>
  [...files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((file) => `${file.path}\n${file.contents}`)
    .join('\n\0');

let work = '';
let oldFiles: OutputFile[] = [];
let newFiles: OutputFile[] = [];
let otherFiles: OutputFile[] = [];
const sets: Record<'old' | 'new' | 'other', string> = { old: '', new: '', other: '' };

test.before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'acs-concurrent-'));
  for (const file of await listFiles(GOLDEN_OUTPUT))
    oldFiles.push({ path: file, contents: await readFile(path.join(GOLDEN_OUTPUT, file), 'utf8') });
  // Most files change, one is added, one removed: a swap that is visible if it happens by halves.
  newFiles = [
    ...oldFiles
      .slice(1)
      .map((file, i) => (i % 4 === 3 ? file : { ...file, contents: `${file.contents}\n(new)` })),
    { path: 'added/by-new.txt', contents: 'new\n' },
  ];
  otherFiles = [...oldFiles.slice(2).map((file) => ({ ...file, contents: `${file.contents}\n(other)` }))];
  for (const [name, files] of [
    ['old', oldFiles],
    ['new', newFiles],
    ['other', otherFiles],
  ] as const) {
    sets[name] = path.join(work, `${name}.json`);
    await writeFile(sets[name], JSON.stringify(files));
  }
});
test.after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function oldTree(name: string): Promise<string> {
  const out = path.join(work, name, 'generated');
  await mkdir(path.dirname(out), { recursive: true });
  await cp(GOLDEN_OUTPUT, out, { recursive: true });
  return out;
}

const leftovers = async (out: string) =>
  (await readdir(path.dirname(out))).filter((name) => name !== 'generated');

test('10 pairs of write steps at once: every output is exactly one complete tree, nothing left beside it', async () => {
  const pairs = await Promise.all(
    Array.from({ length: 10 }, async (_, i) => {
      const out = await oldTree(`pair-${i}`);
      // Pairs 0–4 write the same tree twice (as two generates of one catalog); 5–9 two different trees.
      const second = i < 5 ? sets.new : sets.other;
      return { out, runs: [writeStep(sets.new, out), writeStep(second, out)], same: i < 5 };
    }),
  );
  for (const [i, pair] of pairs.entries()) {
    const runs = await Promise.all(pair.runs);
    for (const result of runs) assert.is(result.code, 0, `pair ${i}: ${result.stderr}`);
    const tree = await snapshot(pair.out);
    const outcomes = pair.same ? [expected(newFiles)] : [expected(newFiles), expected(otherFiles)];
    assert.ok(outcomes.includes(tree), `pair ${i}: the output is not one of the written trees`);
    assert.equal(await leftovers(pair.out), [], `pair ${i}: leftovers`);
  }
});

test('a lock and a half-built tree left by a killed run are cleared by the next run', async () => {
  const out = await oldTree('stale');
  const dead = spawnSync(process.execPath, ['-e', '']).pid;
  await writeFile(`${out}.lock`, `pid ${dead}\ntoken left-by-a-killed-run\n`);
  await mkdir(`${out}.next/package`, { recursive: true });
  await writeFile(`${out}.next/package/half.txt`, 'half written');
  const result = await writeStep(sets.new, out);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stderr, `stale lock of ${dead} removed`);
  assert.is(await snapshot(out), expected(newFiles));
  assert.equal(await leftovers(out), []);
});

test('killed mid-write 6 times: the next run finishes with exactly its tree', async () => {
  const report: string[] = [];
  for (const delay of [0, 1, 3, 8, 15, 30]) {
    const out = await oldTree(`kill-${delay}`);
    let killed = false;
    const first = await writeStep(sets.new, out, (kill) => {
      const poll = setInterval(() => {
        if (!existsSync(`${out}.next`)) return;
        clearInterval(poll);
        setTimeout(() => {
          killed = true;
          kill();
        }, delay);
      }, 1);
    });
    const state = (await leftovers(out)).join(', ') || 'nothing';
    report.push(
      `+${delay}ms: ${first.signal ?? `exit ${first.code}`}${killed ? '' : ' (finished first)'}, left ${state}`,
    );
    const tree = existsSync(out) ? await snapshot(out) : '';
    assert.ok(
      tree === expected(oldFiles) || tree === expected(newFiles) || !existsSync(out),
      `+${delay}ms: after the kill the output is neither tree (${report.at(-1)})`,
    );
    const next = await writeStep(sets.other, out);
    assert.is(next.code, 0, next.stderr);
    assert.is(await snapshot(out), expected(otherFiles), report.at(-1));
    assert.equal(await leftovers(out), [], report.at(-1));
  }
  if (process.env.VERBOSE_KILL) console.log(`\n${report.join('\n')}`);
});

/** Makes `dir` unwritable even for root (chattr +i) or, for other users, chmod 555; undefined if neither works. */
function freeze(dir: string): (() => void) | undefined {
  try {
    if (process.getuid?.() === 0) {
      execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
      return () => execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
    }
    execFileSync('chmod', ['555', dir]);
    return () => execFileSync('chmod', ['755', dir]);
  } catch {
    return undefined;
  }
}

for (const [what, target] of [
  ['the output directory', (out: string) => out],
  ['a folder inside it', (out: string) => path.join(out, 'package')],
  ['its parent', (out: string) => path.dirname(out)],
] as const) {
  test(`${what} not writable: a clear message, nothing changed, and the next run works once it is`, async () => {
    const out = await oldTree(`frozen-${what.replaceAll(' ', '-')}`);
    const thaw = freeze(target(out));
    if (!thaw) return console.log(`(skipped: cannot make ${what} read-only here)`);
    let result: Run;
    try {
      result = await writeStep(sets.new, out);
    } finally {
      thaw();
    }
    assert.is(result.code, 2, result.stderr);
    assert.match(result.stderr, /^cannot write .*generated\/: .* is not writable \((EACCES|EPERM)\)/);
    assert.not.match(result.stderr, /^\s+at /m, 'no stack trace');
    assert.is(await snapshot(out), expected(oldFiles));
    assert.equal(await leftovers(out), []);
    const again = await writeStep(sets.new, out);
    assert.is(again.code, 0, again.stderr);
    assert.is(await snapshot(out), expected(newFiles));
  });
}

test('an output path under a file: a clear message', async () => {
  const blocker = path.join(work, 'a-file');
  await writeFile(blocker, 'not a folder');
  const result = await writeStep(sets.new, path.join(blocker, 'generated'));
  assert.is(result.code, 2, result.stderr);
  assert.match(result.stderr, /is not a directory \(a file is in the way\) \(ENOTDIR\)/);
});

// ---- the stale-lock takeover, interleaved step by step (in process, no timing) ---------------------

/** A run of lockOutput that parks at the takeover steps named in `stops`, until `go()`. */
class SteppedRun {
  parkedAt: TakeoverStep | undefined;
  private resume: (() => void) | undefined;
  private arrived: (() => void) | undefined;
  waitedFor: number | undefined;
  result: Promise<OutputLock>;
  lock: OutputLock | undefined;

  constructor(out: string, stops: TakeoverStep[]) {
    this.result = lockOutput(out, {
      step: async (step) => {
        if (!stops.includes(step)) return;
        stops.splice(stops.indexOf(step), 1);
        this.parkedAt = step;
        this.arrived?.();
        await new Promise<void>((resolve) => (this.resume = resolve));
        this.parkedAt = undefined;
      },
      onWait: (pid) => (this.waitedFor = pid),
    });
    void this.result.then((lock) => (this.lock = lock));
  }

  /** Resolves once the run is parked at `step`. */
  async reached(step: TakeoverStep): Promise<void> {
    if (this.parkedAt !== step) await new Promise<void>((resolve) => (this.arrived = resolve));
    assert.is(this.parkedAt, step);
  }

  go(): void {
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
  }
}

/** Lets the event loop run until `condition` holds (each turn is a few file operations). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; !condition(); turn++) {
    if (turn > 10_000) throw new Error(`never: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

async function staleLock(name: string): Promise<{ out: string; file: string; stale: string }> {
  const out = path.join(work, 'takeover', name, 'generated');
  await mkdir(path.dirname(out), { recursive: true });
  const stale = `pid ${deadPid()}\ntoken left-by-a-killed-run\n`;
  await writeFile(`${out}.lock`, stale);
  return { out, file: `${out}.lock`, stale };
}

/** Exactly one of `runs` holds the lock (and the lock file is its text). */
async function oneHolder(runs: SteppedRun[], label: string): Promise<SteppedRun> {
  const holders = [];
  for (const run of runs) if (run.lock && (await run.lock.held())) holders.push(run);
  assert.is(holders.length, 1, `${label}: ${holders.length} runs hold the lock`);
  return holders[0]!;
}

test('stale lock: two runs that found it stale at once; the one that resumes second waits for the first', async () => {
  const { out, file, stale } = await staleLock('both-found-stale');
  const a = new SteppedRun(out, ['found-stale']);
  const b = new SteppedRun(out, ['found-stale']);
  await a.reached('found-stale');
  await b.reached('found-stale');
  a.go();
  await a.result;
  assert.is.not(await readFile(file, 'utf8'), stale);
  b.go();
  await until(() => b.waitedFor !== undefined, 'b waits for a');
  assert.is(b.waitedFor, process.pid);
  assert.is(await oneHolder([a, b], 'after both resumed'), a);
  await a.lock!.release();
  await b.result;
  assert.is(await oneHolder([a, b], 'after a released'), b);
  await b.lock!.release();
  assert.equal(await leftovers(out), [], 'no lock, draft or claim left');
});

test('stale lock: while one run holds the takeover claim, the lock file never goes away and no other run gets it', async () => {
  const { out, file, stale } = await staleLock('claim-held');
  // a stops at each step after claiming the takeover; at each stop two other runs try and must fail.
  const a = new SteppedRun(out, ['claimed', 'confirmed']);
  await a.reached('claimed');
  const others = [new SteppedRun(out, []), new SteppedRun(out, [])];
  for (const step of ['claimed', 'confirmed'] as const) {
    await a.reached(step);
    // Give the others many turns: each reads the stale lock, fails to claim (or finds a holds the claim), retries.
    for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setTimeout(resolve, 1));
    assert.is(await readFile(file, 'utf8'), stale, `${step}: the stale lock is still in place`);
    assert.ok(
      others.every((run) => run.lock === undefined),
      `${step}: no other run took the lock`,
    );
    a.go();
  }
  await a.result;
  assert.is(await oneHolder([a, ...others], 'after the takeover'), a);
  assert.ok(!existsSync(takeoverClaim(file, stale, 1)), 'the claim is removed');
  await a.lock!.release();
  // The others take it in either order: release each as soon as it holds it (awaiting them in a fixed
  // order would deadlock when the second one wins).
  const waiting = new Set(others);
  while (waiting.size > 0) {
    const next = await Promise.race([...waiting].map((run) => run.result.then(() => run)));
    waiting.delete(next);
    assert.is(await oneHolder([a, ...others], 'one after another'), next);
    await next.lock!.release();
  }
  assert.equal(await leftovers(out), []);
});

test('stale lock: a claim left by a run that died mid-takeover is skipped, then removed', async () => {
  const { out, file, stale } = await staleLock('dead-claimant');
  await writeFile(takeoverClaim(file, stale, 1), `pid ${deadPid()}\ntoken died-holding-the-claim\n`);
  const a = new SteppedRun(out, []);
  await a.result;
  assert.is(await oneHolder([a], 'taken over through the second claim'), a);
  await a.lock!.release();
  assert.equal(await leftovers(out), []);
});

test('stale lock: a run that claims it after another already took it over (the lock changed) backs off', async () => {
  const { out, file } = await staleLock('late-claim');
  const late = new SteppedRun(out, ['claimed']);
  await late.reached('claimed');
  // Meanwhile the lock changes under it (as if another run had taken it over and was writing).
  const other = `pid ${process.pid}\ntoken another-live-run\n`;
  await writeFile(file, other);
  late.go();
  await until(() => late.waitedFor !== undefined, 'the late run waits');
  assert.is(await readFile(file, 'utf8'), other, 'the live lock is left as it is');
  await rm(file);
  await late.result;
  assert.is(await oneHolder([late], 'after the other released'), late);
  await late.lock!.release();
  assert.equal(await leftovers(out), []);
});

test('a pair of real `npm run generate` runs at once leave exactly what one clean generate writes', async () => {
  const dir = path.join(work, 'cli');
  await mkdir(dir, { recursive: true });
  // Start from another tree, so that both runs have a swap to do.
  await mkdir(path.join(dir, 'generated'));
  for (const file of otherFiles) {
    await mkdir(path.dirname(path.join(dir, 'generated', file.path)), { recursive: true });
    await writeFile(path.join(dir, 'generated', file.path), file.contents);
  }
  const args = [
    path.join(ROOT, 'scripts/generate.ts'),
    '--catalog',
    GOLDEN_CATALOG,
    '--out',
    'generated',
    '--no-cache',
  ];
  const runs = await Promise.all([run(TSX, args, dir), run(TSX, args, dir)]);
  for (const result of runs) assert.is(result.code, 0, result.stderr);
  assert.is(await snapshot(path.join(dir, 'generated')), expected(oldFiles));
  assert.equal(await readdir(dir), ['generated']);
});

test.run();
