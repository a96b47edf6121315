/**
 * One writer at a time per output directory: `<out>.lock` holds the writer's pid and a token. A
 * second generate waits for it (and fails cleanly after `timeoutMs`); a lock whose pid is no longer
 * alive was left by a killed run and is taken over — moved aside under a unique name and compared,
 * so two runs that find the same stale lock cannot both take it.
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface OutputLock {
  /** Whether the lock file still names this run (checked right before the swap). */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

export interface LockOptions {
  timeoutMs?: number;
  /** Called once when another live run holds the lock. */
  onWait?: (holderPid: number) => void;
  /** Called when a lock left by a dead run was removed. */
  onStale?: (deadPid: number) => void;
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

/** The pid in a lock file's text, or undefined when it holds none (being written, or damaged). */
export function lockHolder(text: string): number | undefined {
  const pid = Number(/^pid (\d+)\n/.exec(text)?.[1]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

export async function lockOutput(outDir: string, options: LockOptions = {}): Promise<OutputLock> {
  const file = lockPath(outDir);
  const content = `pid ${process.pid}\ntoken ${randomUUID()}\n`;
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  let waited = false;
  let unreadableSince: number | undefined;
  await mkdir(path.dirname(path.resolve(file)), { recursive: true }).catch(() => {});
  for (;;) {
    try {
      await writeFile(file, content, { flag: 'wx' });
      return {
        held: async () => (await readFile(file, 'utf8').catch(() => '')) === content,
        release: () => rm(file, { force: true }),
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw notWritable(path.dirname(path.resolve(file)), code, error as Error);
    }
    const seen = await readFile(file, 'utf8').catch(() => undefined);
    if (seen === undefined) continue; // released meanwhile
    const holder = lockHolder(seen);
    if (holder === undefined) {
      // Created but not yet written, or damaged: stale once it stays so for a second.
      unreadableSince ??= Date.now();
      if (Date.now() - unreadableSince < 1000) {
        await sleep(20);
        continue;
      }
    } else unreadableSince = undefined;
    if (holder !== undefined && processAlive(holder)) {
      if (Date.now() > deadline)
        throw new OutputWriteError(
          `another generate (pid ${holder}) has been writing ${outDir}/ for too long; if it is not running, remove ${file}`,
        );
      if (!waited) options.onWait?.(holder);
      waited = true;
      await sleep(50 + Math.random() * 50);
      continue;
    }
    await takeOver(file, seen);
    if (holder !== undefined) options.onStale?.(holder);
  }
}

/** Removes the stale lock whose text is `seen`, unless another run replaced it meanwhile. */
async function takeOver(file: string, seen: string): Promise<void> {
  const aside = `${file}.${process.pid}.${randomUUID()}`;
  try {
    await rename(file, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  // Moved a newer, live lock by mistake: put it back (unless a third run has locked meanwhile).
  if (moved !== seen) await link(aside, file).catch(() => {});
  await rm(aside, { force: true });
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
