import { emitContext } from '../../generator/model/emit-context.ts';
import ts from 'typescript';
import { emitValidators } from '../../generator/emit/validators/emit-validators.ts';
import { RUNTIME_MODULE } from '../../generator/emit/validators/validator-runtime.ts';
import type { Catalog } from '../../generator/model/catalog-model.ts';
import * as validation from '../../generator/runtime/support/validation.ts';

export interface ValidationResultLike {
  ok: boolean;
  errors?: { path: string; message: string; expected: string; received: string }[];
}
export type Validate = (value: unknown, options?: { strict?: boolean }) => ValidationResultLike;
export type Guard = (value: unknown) => boolean;

/** The generated validators.ts of a catalog, transpiled and evaluated (its one import: the support module). */
export function validatorsModule(catalog: Catalog): Record<string, unknown> {
  const source = emitValidators(emitContext(catalog))[0]!.contents;
  const output = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, alwaysStrict: true },
  });
  const exports: Record<string, unknown> = {};
  new Function('exports', 'require', output.outputText)(exports, (name: string) => {
    if (name === RUNTIME_MODULE) return validation;
    throw new Error(`the generated validators require only ${RUNTIME_MODULE}, not ${name}`);
  });
  return exports;
}
