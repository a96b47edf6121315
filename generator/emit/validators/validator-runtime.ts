/**
 * The fixed runtime of the validators lives in a hand-written module the package ships
 * (generator/runtime/support/validation.ts → package/src/support/validation.ts). Each generated
 * module imports the helpers its code calls; the validators.ts barrel re-exports the public result types.
 */
import { id, lit, ts, type Code } from '../../syntax/ts-code.ts';
import { specifiers } from '../../syntax/ts-layout.ts';
import { RUNTIME_HELPERS } from './validator-scope.ts';

/** The support module, as validators.ts imports it. */
export const RUNTIME_MODULE = './support/validation.js';

/** The public types the support module declares; validators.ts re-exports them. */
export const API_TYPES = ['ValidateOptions', 'ValidationError', 'ValidationResult'];

/** The import of the helpers in `used` (in the support module's order) and of the API `types`, from `module`. */
export function runtimeImport(used: ReadonlySet<string>, types: readonly string[], module: string): Code {
  const helpers = RUNTIME_HELPERS.filter((name) => used.has(name)).map(id);
  return ts`import ${specifiers([...helpers, ...types.map((name) => ts`type ${id(name)}`)])} from ${lit(module)};`;
}

/** The re-export of the API types, in validators.ts. */
export const runtimeReexport = (): Code =>
  ts`export type ${specifiers(API_TYPES.map(id))} from ${lit(RUNTIME_MODULE)};`;
