import { check } from './stages/check.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import { emitCatalogJson } from './emit/catalog-json/emit-catalog-json.ts';
import { emitDocs } from './emit/docs/emit-docs.ts';
import { emitFixtures } from './emit/fixtures/emit-fixtures.ts';
import { emitIndex } from './emit/package/emit-index.ts';
import { emitJsonSchemas } from './emit/json-schema/emit-json-schema.ts';
import { emitPackage } from './emit/package/emit-package.ts';
import { emitParse } from './emit/parse/emit-parse.ts';
import { emitRuntime } from './emit/runtime-modules/emit-runtime-modules.ts';
import { emitSubjects } from './emit/subjects/emit-subjects.ts';
import { emitValidators } from './emit/validators/emit-validators.ts';
import { load, loadRuntime, loadTemplates } from './stages/load.ts';
import type { Catalog, OutputFile } from './model/catalog-model.ts';
import { normalize } from './stages/normalize.ts';

export interface PipelineOptions {
  catalogDir: string;
  runtimeDir: string;
  templatesDir: string;
}

export interface PipelineResult {
  diagnostics: Diagnostic[];
  /** Present when the catalog had no errors. */
  catalog?: Catalog;
  files: OutputFile[];
  /** Milliseconds per stage, in stage order. */
  timings: [stage: string, ms: number][];
}

/** load → check → normalize → emit → format → compile. Writing is the caller's last step. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const timings: [string, number][] = [];
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    timings.push([stage, performance.now() - start]);
    return result;
  };

  const { loaded, runtime, templates } = await timed('load', async () => ({
    loaded: await load(options.catalogDir),
    runtime: await loadRuntime(options.runtimeDir),
    templates: await loadTemplates(options.templatesDir),
  }));
  const diagnostics = await timed('check', () => check(loaded));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, files: [], timings };
  const catalog = await timed('normalize', () => normalize(loaded));
  const emitted = await timed('emit', () => emitAll(catalog, { runtime, templates }));
  // Heavy modules (json-schema-to-typescript and ts-morph, prettier, typescript: ~2 s to import
  // together) load only once the catalog has checked clean, so a catalog with errors fails fast.
  const { formatFiles } = await import('./stages/prettier-format.ts');
  const formatted = await timed('format', () => formatFiles(emitted));
  const { compilePackage } = await import('./stages/compile-package.ts');
  const compiled = await timed('compile', () => compilePackage(formatted));
  if (compiled.errors.length > 0) {
    throw new Error(
      `generated TypeScript does not compile (a generator bug):\n${compiled.errors.join('\n')}`,
    );
  }
  const files = [...formatted, ...compiled.files].sort((a, b) => a.path.localeCompare(b.path));
  return { diagnostics, catalog, files, timings };
}

/** What the toolkit itself supplies besides the catalog: runtime modules and Markdown templates. */
interface Assets {
  runtime: ReadonlyMap<string, string>;
  templates: ReadonlyMap<string, string>;
}

async function emitAll(catalog: Catalog, assets: Assets): Promise<OutputFile[]> {
  const { emitTypes } = await import('./emit/types/emit-types.ts');
  const modules = [
    ...(await emitTypes(catalog)),
    ...emitValidators(catalog),
    ...emitParse(catalog),
    ...emitSubjects(catalog),
    ...emitRuntime(assets.runtime),
    ...emitFixtures(catalog),
  ];
  const names = modules
    .map((file) => /^package\/src\/([\w-]+)\.ts$/.exec(file.path)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
  const sources = [...modules, ...emitIndex(names)];
  const entries = [...names, 'index'].sort();
  return [
    ...sources,
    ...emitPackage(catalog, entries),
    ...emitJsonSchemas(catalog),
    ...emitCatalogJson(catalog),
    ...emitDocs(catalog, assets.templates),
  ];
}
