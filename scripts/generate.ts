import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  changesFrom,
  type ManifestChanges,
  outputRecord,
  readUnits,
  spareDir,
  upToDate,
  writeRecord,
  writeUnits,
} from '../generator/stages/cache.ts';
import { contentHashes, type OutputManifest } from '../generator/stages/output-manifest.ts';
import { unitMemo } from '../generator/stages/unit-memo.ts';
import { formatDiagnostic, sortDiagnostics } from '../generator/model/diagnostic.ts';
import { compare, hasDrift, OutputWriteError, type Spare, writeOutput } from '../generator/stages/write.ts';
import { printDiagnostics, runCli } from './cli.ts';

const HELP = `Usage: npm run generate -- [--check] [--no-cache] [--catalog <dir>] [--out <dir>]

Generates the publishable package (generated/package), the JSON catalog (generated/catalog.json)
and the docs from the YAML catalog.

  --check          generate in memory, type-check the generated package, and compare with the output
                   directory; exit 1 listing the stale files if they differ, exit 0 if fresh.
                   Writes nothing.
  --no-cache       regenerate even when nothing changed since the last generate into <dir>
                   (without it, a run whose inputs — catalog, generator, runtime, templates,
                   dependencies — and output directory are unchanged stops early; --check never
                   uses the cache)
  --catalog <dir>  catalog directory (default: catalog)
  --out <dir>      output directory (default: generated)
  --help           this text

Exit codes: 0 ok, 1 catalog errors or stale output (--check), 2 internal error.`;

/** The process's peak resident memory so far, in MB. */
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU time the process has used so far (user + system), in ms: on a loaded machine, steadier than wall time. */
const cpuMs = () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  return Math.round((userCPUTime + systemCPUTime) / 1000);
};

/** A step around the pipeline, timed as the pipeline times its stages: [step, wall ms, peak MB, cpu ms]. */
type Timing = [step: string, ms: number, peakMb: number, cpuMs: number];
async function timed<T>(timings: Timing[], step: string, run: () => Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await run();
  } finally {
    const { user, system } = process.cpuUsage(cpu);
    timings.push([step, performance.now() - wall, peakMb(), (user + system) / 1000]);
  }
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      catalog: { type: 'string', default: 'catalog' },
      out: { type: 'string', default: 'generated' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const root = path.resolve(import.meta.dirname, '..');
  const started = performance.now();
  const inputs = {
    catalogDir: values.catalog,
    runtimeDir: path.join(root, 'generator', 'runtime'),
    templatesDir: path.join(root, 'templates'),
  };
  // The cache's steps (looking the record up, reading the units) before the stages, the write's after.
  const before: Timing[] = [];
  const after: Timing[] = [];
  // No-op regenerate: same inputs, output untouched since the last run (generator/cache.ts).
  const cached =
    !values.check && !values['no-cache']
      ? await timed(before, 'cache', () => upToDate(values.out, inputs))
      : undefined;
  if (cached?.record) {
    for (const line of cached.record.warnings) console.error(line);
    console.log(
      `${values.out}/ is up to date: catalog, generator and dependencies unchanged since the last generate ` +
        `(${cached.record.files} files, checked in ${Math.round(performance.now() - started)}ms, peak memory ${peakMb()}MB, cpu ${cpuMs()}ms; --no-cache to regenerate).`,
    );
    return 0;
  }
  // Loaded only now, so a cache hit does not pay for importing the pipeline.
  const { runPipeline } = await import('../generator/pipeline.ts');
  let result;
  try {
    // --check type-checks the generated package too (generate itself only transpiles it).
    // --check does everything afresh; a run with the cache reuses the catalog files parsed, the events
    // checked and the compiled files that did not change.
    const units = cached?.tool
      ? unitMemo(await timed(before, 'units', () => readUnits(values.out, cached.tool!)))
      : undefined;
    result = await runPipeline(inputs, { typeCheck: values.check, units });
  } catch (error) {
    // check accepted the catalog (or could not finish): whatever failed is a generator bug to report.
    console.error(
      `generate failed after check: ${describeFailure(error)}\nThis is a generator bug (every catalog check ` +
        `accepts must generate): please report it with the catalog. ${values.out}/ left unchanged.`,
    );
    return 2;
  }
  const errors = printDiagnostics(result.diagnostics);
  if (errors > 0) {
    console.error(`${errors} error${errors === 1 ? '' : 's'} in the catalog; ${values.out}/ left unchanged.`);
    return 1;
  }
  // Each stage's time and the peak memory by its end (bench/generate.ts parses this).
  const stagesOf = (timings: Timing[]) =>
    timings
      .map(([stage, ms, mb, cpu]) => `${stage} ${Math.round(ms)}ms ${mb}MB cpu ${Math.round(cpu)}ms`)
      .join(', ');
  const stages = stagesOf([...before, ...result.timings]);
  if (values.check) {
    const drift = await compare(values.out, result.files);
    if (!hasDrift(drift)) {
      console.log(
        `${values.out}/ is up to date (${result.files.length} files; ${stages}; peak memory ${peakMb()}MB, cpu ${cpuMs()}ms).`,
      );
      return 0;
    }
    for (const file of drift.changed) console.error(`stale:   ${values.out}/${file}`);
    for (const file of drift.added) console.error(`missing: ${values.out}/${file}`);
    for (const file of drift.removed) console.error(`extra:   ${values.out}/${file}`);
    console.error(`${values.out}/ is stale: run \`npm run generate\` and commit the result.`);
    return 1;
  }
  const files = result.files;
  const warnings = sortDiagnostics(result.diagnostics.filter((d) => d.severity === 'warning')).map(
    formatDiagnostic,
  );
  // Hashed once (a remembered file's hash is known without its text): to compare with the last
  // run's manifest without reading the files, and to record.
  const hashes = cached ? await timed(after, 'hash', async () => contentHashes(files)) : undefined;
  const known = hashes
    ? { manifest: cached?.previous ?? {}, hashes, stamps: new Map<string, string>(), current: {} }
    : undefined;
  // A cached run keeps the output's last tree as a spare to write the next one into (write.ts).
  const spare: Spare | undefined = cached
    ? { dir: spareDir(values.out), ...(cached.spare ? { manifest: cached.spare } : {}) }
    : undefined;
  let drift;
  const record: Timing[] = [];
  try {
    drift = await timed(after, 'write', () =>
      writeOutput(values.out, files, {
        ...(known ? { known } : {}),
        ...(spare ? { spare } : {}),
        onWait: (pid) =>
          console.error(`waiting for another generate (pid ${pid}) to finish writing ${values.out}/…`),
        onStale: (pid) => console.error(`removed the lock of a generate that was killed (pid ${pid})`),
        afterWrite: async () => {
          if (!cached || !hashes) return;
          await timed(record, 'record', async () => {
            const output = outputRecord(values.out, hashes, known?.stamps);
            await writeRecord(values.out, {
              inputs: cached.inputs,
              stamps: { inputs: cached.stamp, output: output.stamp },
              manifest: output.manifest,
              files: files.length,
              warnings,
              ...spareRecord(spare, output.manifest),
              ...(cached.inputFiles ? { inputFiles: cached.inputFiles } : {}),
            });
            if (cached.tool && result.units) await writeUnits(values.out, cached.tool, result.units);
          });
        },
      }),
    );
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    console.error(`cannot write ${values.out}/: ${error.message}`);
    return 2;
  }
  const total = Math.round(performance.now() - started);
  // The write's figures without the record's, which it waits for (under the lock).
  const written = after.at(-1)!;
  for (const [, ms, , cpu] of record) {
    written[1] -= ms;
    written[3] -= cpu;
  }
  const steps = stagesOf([...before, ...result.timings, ...after, ...record]);
  console.log(
    `generated ${result.files.length} files in ${values.out}/: ${drift.changed.length} changed, ${drift.added.length} added, ` +
      `${drift.removed.length} removed, ${result.files.length - drift.changed.length - drift.added.length} unchanged in ${total}ms (${steps}; peak memory ${peakMb()}MB, cpu ${cpuMs()}ms).`,
  );
  return 0;
});

/** What the record says of the spare: what the write kept there, or (no write) what it held before. */
function spareRecord(spare: Spare | undefined, output: OutputManifest): { spare?: ManifestChanges } {
  const kept = spare?.kept === 'output' ? output : (spare?.kept ?? spare?.manifest);
  return kept ? { spare: changesFrom(output, kept) } : {};
}

/** An exception as one line: its message, and for a stack overflow what that means here. */
function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(message))
    return `${message} (a value nested deeper than the generator can walk)`;
  // The first lines say what failed (a compile error lists its files and positions); a stack trace never.
  const lines = message.split('\n');
  return lines.length <= 20
    ? message
    : [...lines.slice(0, 20), `… and ${lines.length - 20} more lines`].join('\n');
}
