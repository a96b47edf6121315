/**
 * `npm run simulate -- --endpoint <url> …`: runs the generated package's bin (the local Event Grid
 * delivery simulator, generated/package/dist/simulate.js) with the same arguments and exit code.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../generated/package/dist/simulate.js', import.meta.url));

if (!existsSync(BIN)) {
  console.error(`error: ${BIN} is missing; run npm run generate first`);
  process.exitCode = 2;
} else {
  const child = spawn(process.execPath, [BIN, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === null ? 2 : 1);
  });
}
