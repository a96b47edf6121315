/**
 * The fixed runtime of validators.ts lives in a hand-written module the package ships
 * (generator/runtime/support/validation.ts → package/src/support/validation.ts). The generated module
 * imports the helpers its code calls and re-exports the public result types.
 */
import { id, lit, ts, type Lines } from '../../syntax/ts-code.ts';
import { specifiers } from '../../syntax/ts-layout.ts';
import { RUNTIME_HELPERS } from './validator-scope.ts';

/** The support module, as validators.ts imports it. */
export const RUNTIME_MODULE = './support/validation.js';

/** The public types the support module declares; validators.ts uses and re-exports them. */
export const API_TYPES = ['ValidateOptions', 'ValidationError', 'ValidationResult'];

/** The import of the helpers in `used` (in the support module's order) and the re-export of the API types. */
export function runtimeImports(used: ReadonlySet<string>): Lines {
  const helpers = RUNTIME_HELPERS.filter((name) => used.has(name)).map(id);
  const types = API_TYPES.map(id);
  const module = lit(RUNTIME_MODULE);
  return [
    ts`import ${specifiers([...helpers, ...types.map((name) => ts`type ${name}`)])} from ${module};`,
    ts``,
    ts`export type ${specifiers(types)} from ${module};`,
  ];
}
