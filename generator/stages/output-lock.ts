/**
 * One writer at a time per output directory: `<out>.lock` holds the writer's pid and a token. A
 * second generate waits for it (and fails cleanly after `timeoutMs`); a lock whose pid is no longer
 * alive was left by a killed run and is taken over.
 *
 * The lock file never exists half-written and never disappears while a run holds it: a run writes
 * its lock text to a draft file and links the draft in (exclusive create), and takes a stale lock
 * over by renaming its draft onto it (an atomic replace), which it may do only while holding the
 * stale lock's one takeover claim (`<out>.lock.takeover-<hash of its text>-<n>`, again an exclusive
 * link) and after re-reading the lock to confirm it is still the stale one. While the lock reads a
 * given text, only that claim's holder can change it, so two runs that found the same stale lock
 * cannot both take it, and no other run can slip in meanwhile. A claim whose holder died is
 * skipped (the next `<n>`). Each run confirms its ownership by reading the lock back.
 */
import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface OutputLock {
  /** Whether the lock file still names this run (checked right before the swap). */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

/** The points of a takeover where `LockOptions.step` is awaited (tests interleave runs there). */
export type TakeoverStep = 'found-stale' | 'claimed' | 'confirmed';

export interface LockOptions {
  timeoutMs?: number;
  /** Called once when another live run holds the lock. */
  onWait?: (holderPid: number) => void;
  /** Called when a lock left by a dead run was taken over. */
  onStale?: (deadPid: number) => void;
  /** Awaited at each step of a takeover; for tests that interleave two runs deterministically. */
  step?: (step: TakeoverStep) => Promise<void>;
}

export class OutputWriteError extends Error {}

export function lockPath(outDir: string): string {
  return `${outDir}.lock`;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a lock file's text, or undefined when it holds none (damaged). */
export function lockHolder(text: string): number | undefined {
  const pid = Number(/^pid (\d+)\n/.exec(text)?.[1]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** The `n`th takeover claim of the lock whose text is `seen`. */
export function takeoverClaim(file: string, seen: string, n: number): string {
  return `${file}.takeover-${createHash('sha256').update(seen).digest('hex').slice(0, 16)}-${n}`;
}

const readText = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined);

const exists = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EEXIST';

export async function lockOutput(outDir: string, options: LockOptions = {}): Promise<OutputLock> {
  const file = lockPath(outDir);
  const content = `pid ${process.pid}\ntoken ${randomUUID()}\n`;
  const draft = `${file}.draft-${process.pid}-${randomUUID()}`;
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  const held = async () => (await readText(file)) === content;
  const lock: OutputLock = {
    held,
    // Only our own lock: a takeover replaces a lock only when its holder is dead.
    release: async () => {
      if (await held()) await rm(file, { force: true });
    },
  };
  let waited = false;
  let unreadableSince: number | undefined;
  const dir = path.dirname(path.resolve(file));
  await mkdir(dir, { recursive: true }).catch(() => {});
  try {
    await writeFile(draft, content, { flag: 'wx' });
  } catch (error) {
    throw notWritable(dir, (error as NodeJS.ErrnoException).code, error as Error);
  }
  try {
    for (;;) {
      try {
        await link(draft, file);
        if (await held()) return lock;
        continue;
      } catch (error) {
        if (!exists(error)) throw notWritable(dir, (error as NodeJS.ErrnoException).code, error as Error);
      }
      const seen = await readText(file);
      if (seen === undefined) continue; // released meanwhile
      const holder = lockHolder(seen);
      if (holder === undefined) {
        // Damaged (or written by a run that is still writing it): stale once it stays so for a second.
        unreadableSince ??= Date.now();
        if (Date.now() - unreadableSince < 1000) {
          await sleep(20);
          continue;
        }
      } else unreadableSince = undefined;
      if (Date.now() > deadline)
        throw new OutputWriteError(
          `another generate (pid ${holder ?? 'unknown'}) has been writing ${outDir}/ for too long; if it is not running, remove ${file}`,
        );
      if (holder !== undefined && processAlive(holder)) {
        if (!waited) options.onWait?.(holder);
        waited = true;
        await sleep(50 + Math.random() * 50);
        continue;
      }
      await options.step?.('found-stale');
      if ((await takeOver(file, seen, draft, options.step)) && (await held())) {
        if (holder !== undefined) options.onStale?.(holder);
        return lock;
      }
      await sleep(20); // another run is taking it over: its lock is next
    }
  } finally {
    await rm(draft, { force: true });
  }
}

/**
 * Replaces the stale lock whose text is `seen` with `draft`, under the lock's one takeover claim;
 * false when another run holds the claim or the lock no longer reads `seen`.
 */
async function takeOver(
  file: string,
  seen: string,
  draft: string,
  step: LockOptions['step'],
): Promise<boolean> {
  let n = 1;
  for (; ; n++) {
    try {
      await link(draft, takeoverClaim(file, seen, n));
      break;
    } catch (error) {
      if (!exists(error)) throw error;
    }
    const claimant = lockHolder((await readText(takeoverClaim(file, seen, n))) ?? '');
    // Gone: that takeover is over. Alive: it is under way. Dead: it died mid-takeover, try the next.
    if (claimant === undefined || processAlive(claimant)) return false;
  }
  try {
    await step?.('claimed');
    // While the lock reads `seen`, only this claim's holder can change it.
    if ((await readText(file)) !== seen) return false;
    await step?.('confirmed');
    await rename(draft, file);
    return true;
  } finally {
    for (let i = 1; i <= n; i++) await rm(takeoverClaim(file, seen, i), { force: true });
  }
}

/** Drafts and takeover claims left by killed runs (what their names or texts say is a dead pid). */
export async function removeDeadLockFiles(outDir: string): Promise<void> {
  const file = lockPath(outDir);
  const dir = path.dirname(path.resolve(file));
  const prefix = `${path.basename(file)}.`;
  for (const name of await readdir(dir).catch(() => [])) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const pid = rest.startsWith('draft-')
      ? Number(rest.split('-')[1])
      : rest.startsWith('takeover-')
        ? lockHolder((await readText(path.join(dir, name))) ?? '')
        : undefined;
    if (pid !== undefined && Number.isSafeInteger(pid) && !processAlive(pid))
      await rm(path.join(dir, name), { force: true });
  }
}

export function notWritable(dir: string, code: string | undefined, error: Error): OutputWriteError {
  const reason =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'is not writable'
      : code === 'ENOTDIR'
        ? 'is not a directory (a file is in the way)'
        : code === 'ENOENT'
          ? 'does not exist and cannot be created'
          : `cannot be written (${error.message})`;
  return new OutputWriteError(`${dir}/ ${reason}${code ? ` (${code})` : ''}`);
}
