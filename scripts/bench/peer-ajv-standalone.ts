/**
 * Ajv standalone code, the peer that ships Ajv's compiled validators without Ajv: for each event's
 * data schema, `ajv/dist/standalone` turns the function Ajv compiles (set up as
 * generator/model/data-schema-ajv.ts says, ajv-formats included) into an ES module. Built at bench
 * time into a temporary directory, bundled with esbuild (the modules `require` Ajv's runtime helpers
 * and ajv-formats), then imported.
 *
 * Like the Ajv it comes from, it checks everything the JSON Schema says: types, required
 * properties, enums, formats (date-time, duration, int32, int64) and the documented wire forms.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnySchema } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { newDataSchemaAjv } from '../../generator/model/data-schema-ajv.ts';
import { ROOT, type Target } from '../fuzz/targets.ts';

export type Check = (value: unknown) => boolean;

/** One ES module of standalone code for `schema`, exporting the validator as default. */
export function ajvStandaloneSource(schema: AnySchema, allErrors: boolean): string {
  const ajv = newDataSchemaAjv({ allErrors });
  // Read when compiling and when writing the module, so setting them here is enough.
  ajv.opts.code.source = true;
  ajv.opts.code.esm = true;
  return standalone.default(ajv, ajv.compile(schema));
}

/** Bundles an entry's source (its imports resolved from `dir` and the repository's node_modules). */
export async function bundleModule(
  contents: string,
  dir: string,
  options: { minify?: boolean; loader?: 'js' | 'ts' } = {},
): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: options.loader ?? 'js' },
    bundle: true,
    minify: options.minify ?? false,
    format: 'esm',
    treeShaking: true,
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The export name of an event's standalone validator in the bundle `buildAjvStandalone` writes. */
export const standaloneExport = (target: Target, allErrors: boolean) =>
  `${allErrors ? 'all' : 'first'}_${target.slug.replace(/\W/g, '_')}`;

/**
 * Writes one module of standalone validators for every target, both modes (allErrors: false from
 * the same schema as the compiled Ajv the guards are compared with, allErrors: true from the emitted
 * schema), named by `standaloneExport`; returns its path.
 */
export async function buildAjvStandalone(targets: readonly Target[], work: string): Promise<string> {
  const dir = path.join(work, 'ajv-standalone');
  await mkdir(dir, { recursive: true });
  const lines: string[] = [];
  for (const target of targets) {
    for (const [allErrors, fn] of [
      [false, target.ajvFirst],
      [true, target.ajvAll],
    ] as const) {
      const name = standaloneExport(target, allErrors);
      await writeFile(path.join(dir, `${name}.mjs`), ajvStandaloneSource(fn.schema, allErrors));
      lines.push(`export { default as ${name} } from './${name}.mjs';`);
    }
  }
  const bundled = path.join(dir, 'all.bundle.mjs');
  await writeFile(bundled, await bundleModule(lines.join('\n'), dir));
  return bundled;
}
