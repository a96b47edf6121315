/**
 * A fuzz target the real catalog cannot provide: test/golden/catalog plus kitchen-sink.yaml (an event
 * whose schema uses every keyword of the catalog's subset), run through check → normalize →
 * emitValidators/emitJsonSchemas in memory; the validators modules and the support modules they import
 * are transpiled with esbuild and imported from a temp directory. Compares the generator's code for const/anyOf/oneOf/number/null/…
 * with Ajv, which the committed package cannot exercise.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import { check } from '../../generator/stages/check.ts';
import { formatDiagnostic } from '../../generator/model/diagnostic.ts';
import { emitJsonSchemas } from '../../generator/emit/json-schema/emit-json-schema.ts';
import { emitValidators } from '../../generator/emit/validators/emit-validators.ts';
import { load, parseCatalogFile } from '../../generator/stages/load.ts';
import { normalize } from '../../generator/stages/normalize.ts';
import type { Schema } from './arbitrary.ts';
import { emitContext } from '../../generator/model/emit-context.ts';
import { newDataSchemaAjv } from '../../generator/model/data-schema-ajv.ts';
import { ROOT, type Guard, type Target, type Validate } from './targets.ts';

/** The support modules the generated validators import (package/src/support/ in the package). */
const SUPPORT_DIR = path.join(ROOT, 'generator', 'runtime', 'support');

const toJs = async (ts: string) =>
  (await transform(ts, { loader: 'ts', format: 'esm', target: 'es2022' })).code;

export const KITCHEN_SINK_TYPE = 'Microsoft.Communication.FuzzKitchenSink';

/** Builds the kitchen-sink targets (every event of the golden catalog plus the kitchen sink). */
export async function kitchenSinkTargets(): Promise<Target[]> {
  const loaded = await load(path.join(ROOT, 'test', 'golden', 'catalog'), 'catalog');
  const kitchenSink = parseCatalogFile(
    'catalog/events/chat/FuzzKitchenSink.yaml',
    'event',
    await readFile(path.join(import.meta.dirname, 'kitchen-sink.yaml'), 'utf8'),
  );
  loaded.diagnostics.push(...kitchenSink.diagnostics);
  if (kitchenSink.file) loaded.files.push(kitchenSink.file);
  const errors = check(loaded).filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(`kitchen-sink catalog does not check:\n${errors.map(formatDiagnostic).join('\n')}`);
  const catalog = normalize(loaded);

  const sources = emitValidators(emitContext(catalog));
  const dir = await mkdtemp(path.join(tmpdir(), 'acs-kitchen-sink-'));
  let module: Record<string, unknown>;
  try {
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    await mkdir(path.join(dir, 'support'));
    for (const name of await readdir(SUPPORT_DIR)) {
      const support = await readFile(path.join(SUPPORT_DIR, name), 'utf8');
      await writeFile(path.join(dir, 'support', name.replace(/\.ts$/, '.js')), await toJs(support));
    }
    for (const source of sources) {
      const where = path.join(dir, path.relative('package/src', source.path).replace(/\.ts$/, '.js'));
      await mkdir(path.dirname(where), { recursive: true });
      await writeFile(where, await toJs(source.contents));
    }
    const file = path.join(dir, 'validators.js');
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const schemas = new Map(
    emitJsonSchemas(emitContext(catalog))
      .filter((file) => file.path.includes('/schemas/data/'))
      .map((file) => [path.basename(file.path, '.schema.json'), JSON.parse(file.contents) as Schema]),
  );
  const all = newDataSchemaAjv({ allErrors: true });
  const first = newDataSchemaAjv({ allErrors: false });
  return catalog.events.map((event) => {
    const schema = schemas.get(event.names.slug);
    if (!schema) throw new Error(`emitJsonSchemas produced no data schema for ${event.names.slug}`);
    if (event.wireForms.length > 0) throw new Error('the kitchen-sink event documents no wire forms');
    return {
      type: event.type,
      slug: event.names.slug,
      validatorName: event.names.validator,
      guardName: event.names.guard,
      schema,
      validate: module[event.names.validator] as Validate,
      is: module[event.names.guard] as Guard,
      ajvAll: all.compile(schema),
      ajvFirst: first.compile(schema),
      wireForms: false,
      samples: event.samples.map((sample) => sample.corrected.data as unknown),
    };
  });
}
