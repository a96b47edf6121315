/**
 * A server started as its own process (node + tsx, as `npm run` would), for as long as a test
 * needs it: resolves once it prints "listening on port N", collects its output, and is stopped by
 * its own pid.
 */
import { spawn } from 'node:child_process';

export interface ListeningProcess {
  port: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves once the output matches `pattern`, or rejects after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startListening(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<ListeningProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of waiters) wake();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => {
    for (const wake of waiters) wake();
  });

  const waitFor = (pattern: RegExp, ms = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${pattern} after ${ms} ms; output:\n${output}`));
      }, ms);
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        } else if (child.exitCode !== null) {
          clearTimeout(timer);
          waiters.delete(check);
          reject(new Error(`exited with ${child.exitCode} before ${pattern}; output:\n${output}`));
        }
      };
      waiters.add(check);
      check();
    });

  await waitFor(/listening on port \d+/);
  const port = Number(/listening on port (\d+)/.exec(output)![1]);
  return {
    port,
    output: () => output,
    waitFor,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
