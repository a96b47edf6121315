/**
 * Every emitter, in one list: the only module that imports them all. The pipeline walks it; what an
 * emitter provides to the package (its entry modules, and whether index.ts re-exports them) is
 * declared here, and reaches the emitters that need it (index, package) through the context.
 */
import { emitCatalogJson } from './catalog-json/emit-catalog-json.ts';
import { emitDocs } from './docs/emit-docs.ts';
import { emitFixtures } from './fixtures/emit-fixtures.ts';
import { emitJsonSchemas } from './json-schema/emit-json-schema.ts';
import { emitIndex } from './package/emit-index.ts';
import { emitPackage } from './package/emit-package.ts';
import { emitParse } from './parse/emit-parse.ts';
import { emitRuntime } from './runtime-modules/emit-runtime-modules.ts';
import { emitSimulator, SIMULATOR_COMMAND } from './simulator/emit-simulator.ts';
import { emitSubjects } from './subjects/emit-subjects.ts';
import { emitTypes } from './types/emit-types.ts';
import { emitValidators } from './validators/emit-validators.ts';
import { emitWebhook } from './webhook/emit-webhook.ts';
import type { OutputFile } from '../model/catalog-model.ts';
import type { Emit, EmitContext, PackageEntry } from '../model/emit-context.ts';

export interface Emitter {
  name: string;
  emit: Emit;
  /** The package entry modules it writes (package/src/<name>.ts), given the loaded runtime modules. */
  entries: (runtime: EmitContext['runtime']) => PackageEntry[];
}

const none = (): PackageEntry[] => [];
const reexported = (name: string) => (): PackageEntry[] => [{ name, reexported: true }];

export const EMITTERS: readonly Emitter[] = [
  { name: 'types', emit: emitTypes, entries: reexported('types') },
  { name: 'validators', emit: emitValidators, entries: reexported('validators') },
  { name: 'parse', emit: emitParse, entries: reexported('parse') },
  { name: 'subjects', emit: emitSubjects, entries: reexported('subjects') },
  // generator/runtime/<name>.ts are entry points; its support/ folder is shipped beside them, not one.
  {
    name: 'runtime',
    emit: emitRuntime,
    entries: (runtime) =>
      [...runtime.keys()]
        .filter((file) => !file.includes('/'))
        .map((file) => ({ name: file.slice(0, -'.ts'.length), reexported: true })),
  },
  // Its own import (`<package>/webhook`): a receiver's code, not every consumer's.
  { name: 'webhook', emit: emitWebhook, entries: () => [{ name: 'webhook', reexported: false }] },
  { name: 'fixtures', emit: emitFixtures, entries: () => [{ name: 'fixtures', reexported: false }] },
  {
    name: 'simulator',
    emit: emitSimulator,
    entries: () => [{ name: 'simulate', reexported: false, bin: SIMULATOR_COMMAND }],
  },
  { name: 'index', emit: emitIndex, entries: () => [{ name: 'index', reexported: false }] },
  { name: 'package', emit: emitPackage, entries: none },
  { name: 'json-schema', emit: emitJsonSchemas, entries: none },
  { name: 'catalog-json', emit: emitCatalogJson, entries: none },
  { name: 'docs', emit: emitDocs, entries: none },
];

/** Every entry module the registry's emitters provide, sorted by name. */
export function packageEntries(runtime: EmitContext['runtime']): PackageEntry[] {
  return EMITTERS.flatMap((emitter) => emitter.entries(runtime)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Runs every emitter on one context; an emitter that misses an entry it declares is a generator bug. */
export async function emitAll(context: EmitContext): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const emitter of EMITTERS) {
    const emitted = await emitter.emit(context);
    for (const entry of emitter.entries(context.runtime)) {
      const path = `package/src/${entry.name}.ts`;
      if (!emitted.some((file) => file.path === path))
        throw new Error(`the ${emitter.name} emitter declares the entry ${entry.name} but wrote no ${path}`);
    }
    files.push(...emitted);
  }
  return files;
}
