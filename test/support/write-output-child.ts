/**
 * The write step of `npm run generate` (generator/stages/write.ts writeOutput: lock, recover, compare,
 * swap) as a child process, given a pre-computed file set: `tsx write-output-child.ts <files.json> <out>`.
 * The concurrency tests start many at once without paying for many pipelines.
 */
import { readFile } from 'node:fs/promises';
import type { OutputFile } from '../../generator/model/catalog-model.ts';
import { OutputWriteError, writeOutput } from '../../generator/stages/write.ts';

const [filesJson, out] = process.argv.slice(2);
const files = JSON.parse(await readFile(filesJson!, 'utf8')) as OutputFile[];
try {
  const drift = await writeOutput(out!, files, {
    onWait: (pid) => console.error(`waited for ${pid}`),
    onStale: (pid) => console.error(`stale lock of ${pid} removed`),
  });
  console.log(
    `${drift.changed.length} changed, ${drift.added.length} added, ${drift.removed.length} removed`,
  );
} catch (error) {
  if (!(error instanceof OutputWriteError)) throw error;
  console.error(`cannot write ${out}/: ${error.message}`);
  process.exitCode = 2;
}
