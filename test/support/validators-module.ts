import { emitContext } from '../../generator/model/emit-context.ts';
import { emitValidators, VALIDATORS_PATH } from '../../generator/emit/validators/emit-validators.ts';
import type { Catalog } from '../../generator/model/catalog-model.ts';
import * as validation from '../../generator/runtime/support/validation.ts';
import { evaluateModules } from './emitted-modules.ts';

export interface ValidationResultLike {
  ok: boolean;
  errors?: { path: string; message: string; expected: string; received: string }[];
}
export type Validate = (value: unknown, options?: { strict?: boolean }) => ValidationResultLike;
export type Guard = (value: unknown) => boolean;

/** The generated validators of a catalog, transpiled and evaluated (their one external import: the support module). */
export function validatorsModule(catalog: Catalog): Record<string, unknown> {
  return evaluateModules(
    emitValidators(emitContext(catalog)),
    VALIDATORS_PATH,
    new Map([['package/src/support/validation.ts', validation]]),
  );
}
