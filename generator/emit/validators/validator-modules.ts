/**
 * The validators as one module per unit — each event's data, each shared definition, the envelopes,
 * the by-type tables — behind the validators.ts barrel, so that a changed event re-emits (and the
 * compile stage recompiles) only its own module, and a bundler importing one validator pulls only
 * its event and the definitions it calls. Each module imports exactly what its code refers to.
 */
import { banner } from '../../syntax/banner.ts';
import { importPath } from '../../syntax/import-path.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import { type Code, id, lit, render, ts, type Lines } from '../../syntax/ts-code.ts';
import { specifiers } from '../../syntax/ts-layout.ts';
import { RUNTIME_MODULE, runtimeImport, runtimeReexport } from './validator-runtime.ts';
import type { Scope, SchemaFunctions } from './validator-scope.ts';

const SOURCE_DIR = 'package/src/';
export const VALIDATORS_PATH = `${SOURCE_DIR}validators.ts`;
export const VALIDATORS_DIR = `${SOURCE_DIR}validators/`;
export const ENVELOPES_PATH = `${VALIDATORS_DIR}envelopes.ts`;
export const LOOKUP_PATH = `${VALIDATORS_DIR}lookup.ts`;

/** Where the wire-form runtime lives, as validators.ts imports it. */
export const WIRE_MODULE = './support/wire-normalization.js';

export const eventModulePath = (slug: string): string => `${VALIDATORS_DIR}events/${slug}.ts`;
export const definitionModulePath = (name: string): string => `${VALIDATORS_DIR}definitions/${name}.ts`;

/** A source module's package path for a specifier of validators.ts (`./support/…`). */
const fromSource = (specifier: string): string =>
  SOURCE_DIR + specifier.replace(/^\.\//, '').replace(/\.js$/, '.ts');

export interface UnitImports {
  /** Types from types.ts. */
  types: readonly string[];
  /** Types from the support module. */
  apiTypes: readonly string[];
  /** Values from other units, by their module path. */
  values?: ReadonlyMap<string, readonly Code[]>;
  /** Names other modules import from this one that it does not export itself. */
  exported?: readonly Code[];
}

export class ValidatorModules {
  /** The module defining each shared definition's internal functions, by function name. */
  private readonly owners = new Map<string, string>();

  constructor(definitions: readonly { path: string; internal: SchemaFunctions }[]) {
    for (const { path: file, internal } of definitions) {
      this.owners.set(internal.guard.toString(), file);
      this.owners.set(internal.check.toString(), file);
    }
  }

  /** The module at `file` holding the code `write` returns (in `scope`), with the imports that code needs. */
  unit(scope: Scope, file: string, imports: UnitImports, write: () => Lines): OutputFile {
    scope.helpersUsed.clear();
    const body = render(write());
    const values = new Map<string, Set<string>>();
    for (const [where, names] of imports.values ?? []) values.set(where, new Set(names.map(String)));
    // The definitions' functions the code calls: tokens starting with `$`, outside this module.
    for (const [token] of body.matchAll(/(?<![\w$])\$[\w$]+/g)) {
      const owner = this.owners.get(token);
      if (owner !== undefined && owner !== file)
        values.set(owner, (values.get(owner) ?? new Set()).add(token));
    }
    const sorted = [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const head: Lines = [
      ...(imports.types.length > 0
        ? [
            ts`import type ${specifiers([...imports.types].sort().map(id))} from ${lit(importPath(file, `${SOURCE_DIR}types.ts`))};`,
          ]
        : []),
      runtimeImport(scope.helpersUsed, imports.apiTypes, importPath(file, fromSource(RUNTIME_MODULE))),
      ...(/(?<![\w$])\$wireForms\(/.test(body)
        ? [
            ts`import { $wireForms, type WireForm, type WireNormalization } from ${lit(importPath(file, fromSource(WIRE_MODULE)))};`,
          ]
        : []),
      ...sorted.map(
        ([where, names]) =>
          ts`import ${specifiers([...names].map(id))} from ${lit(importPath(file, where))};`,
      ),
    ];
    const tail: Lines =
      imports.exported && imports.exported.length > 0
        ? [ts``, ts`export ${specifiers(imports.exported)};`]
        : [];
    return {
      path: file,
      contents: `${banner('line')}${render(head)}\n\n${body}${tail.length > 0 ? `\n${render(tail)}` : ''}\n`,
      layout: 'final',
    };
  }

  /** validators.ts: the public names of every module, re-exported. */
  barrel(modules: readonly { path: string; names: readonly Code[] }[]): OutputFile {
    const lines: Lines = [
      runtimeReexport(),
      ts`export type { WireNormalization } from ${lit(WIRE_MODULE)};`,
      ...modules.map(
        (module) =>
          ts`export ${specifiers(module.names)} from ${lit(importPath(VALIDATORS_PATH, module.path))};`,
      ),
    ];
    return { path: VALIDATORS_PATH, contents: `${banner('line')}${render(lines)}\n`, layout: 'final' };
  }
}
