import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<script>` with tsx from the repository root, as `npm run` does; never rejects. */
export function runScript(script: string, args: readonly string[]): Promise<ScriptRun> {
  return run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: ScriptRun) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
