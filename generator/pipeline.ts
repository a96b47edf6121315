import type { GenerationInputs } from './stages/load.ts';
import { check } from './stages/check.ts';
import { hasErrors, type Diagnostic } from './model/diagnostic.ts';
import { load, loadRuntime, loadTemplates } from './stages/load.ts';
import type { Catalog, OutputFile } from './model/catalog-model.ts';
import { emitContext } from './model/emit-context.ts';
import { normalize } from './stages/normalize.ts';
import { emitMemo, type UnitMemo } from './stages/unit-memo.ts';

export type { GenerationInputs as PipelineOptions } from './stages/load.ts';

export interface PipelineResult {
  diagnostics: Diagnostic[];
  /** Present when the catalog had no errors. */
  catalog?: Catalog;
  files: OutputFile[];
  /**
   * Per stage, in stage order: wall milliseconds, the process's peak resident memory (MB) by the end
   * of it, and CPU milliseconds (user + system; steadier than wall time on a loaded machine).
   */
  timings: [stage: string, ms: number, peakMb: number, cpuMs: number][];
  /** This run's loaded, checked and compiled units (with `units`), to pass to the next run. */
  units?: UnitMemo['next'];
}

/** The most resident memory the process has used so far, in MB (maxRSS is in KB). */
const peakMemoryMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export interface PipelineChecks {
  /**
   * Also type-check the generated package as a whole (tests and `generate --check` do): compile
   * only transpiles, file by file, so this is what finds a type error in generated code.
   */
  typeCheck?: boolean;
  /**
   * Work of an earlier run (stages/unit-memo.ts): catalog files parsed, events checked, events'
   * files emitted and source files compiled whose inputs are unchanged are not redone.
   */
  units?: UnitMemo;
}

/**
 * load → check → normalize → emit → compile (→ type-check). Writing is the caller's last step. Every
 * source is emitted in its final layout (test/prettier-layout.test.ts holds each to prettier's).
 */
export async function runPipeline(
  options: GenerationInputs,
  checks: PipelineChecks = {},
): Promise<PipelineResult> {
  const timings: [string, number, number, number][] = [];
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = await run();
    const { user, system } = process.cpuUsage(cpu);
    timings.push([stage, performance.now() - start, peakMemoryMb(), (user + system) / 1000]);
    return result;
  };

  const { loaded, runtime, templates } = await timed('load', async () => ({
    loaded: await load(options.catalogDir, options.catalogDir, checks.units),
    runtime: await loadRuntime(options.runtimeDir),
    templates: await loadTemplates(options.templatesDir),
  }));
  const diagnostics = await timed('check', () => check(loaded, checks.units));
  const units = checks.units?.next;
  if (hasErrors(diagnostics)) return { diagnostics, files: [], timings, units };
  const catalog = await timed('normalize', () => normalize(loaded));
  // Heavy modules (the emitters', oxc and esbuild for compile) load only once the catalog has
  // checked clean, so a catalog with errors fails fast.
  const { emitAll, packageEntries } = await import('./emit/registry.ts');
  const context = emitContext(catalog, {
    runtime,
    templates,
    entries: packageEntries(runtime),
    ...(checks.units ? { memo: emitMemo(checks.units) } : {}),
  });
  const emitted = await timed('emit', () => emitAll(context));
  const { compilePackage } = await import('./stages/compile-package.ts');
  const compiled = await timed('compile', () => compilePackage(emitted, checks.units));
  // TypeScript itself loads only here: the generate path never imports it.
  const typeErrors = checks.typeCheck
    ? await timed('type-check', async () =>
        (await import('./stages/type-check-package.ts')).typeCheckPackage(emitted),
      )
    : [];
  const errors = [...compiled.errors, ...typeErrors];
  if (errors.length > 0) {
    throw new Error(`generated TypeScript does not compile (a generator bug):\n${errors.join('\n')}`);
  }
  const files = [...emitted, ...compiled.files].sort((a, b) => a.path.localeCompare(b.path));
  return { diagnostics, catalog, files, timings, units };
}
