import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic, PathSegment } from '../model/diagnostic.ts';
import { compileFormatValidators, formatSchemasHash } from './catalog-format-ajv.ts';
import { describeAjvErrors, type SchemaProblem } from './catalog-format-messages.ts';
import * as precompiled from './catalog-format-validators.generated.ts';
import { diagnosticAt, type CatalogFileKind, type LoadedFile } from './load.ts';

let validators: Record<CatalogFileKind, ValidateFunction> | undefined;

function formatValidators(): Record<CatalogFileKind, ValidateFunction> {
  validators ??= precompiledOrCompiled(precompiled, formatSchemasHash());
  return validators;
}

/**
 * The validators compiled ahead of time, or, when the format's schemas are no longer the ones they
 * were compiled from (an edit not yet precompiled), validators compiled now.
 */
export function precompiledOrCompiled(
  module: { SCHEMAS_HASH: string },
  schemasHash: string,
): Record<CatalogFileKind, ValidateFunction> {
  return module.SCHEMAS_HASH === schemasHash
    ? (module as unknown as Record<CatalogFileKind, ValidateFunction>)
    : compileFormatValidators();
}

/**
 * Checks one file against the catalog format (catalog/schema/*.schema.json), and for numbers JSON
 * cannot hold (YAML's .inf and .nan), which no JSON Schema keyword rules out.
 */
export function checkFormat(file: LoadedFile): Diagnostic[] {
  const validate = formatValidators()[file.kind];
  const problems = validate(file.value) ? [] : describeAjvErrors(validate.errors ?? [], file.value);
  return [...problems, ...nonFiniteNumbers(file.value)].map((problem) =>
    diagnosticAt(file, problem.path, problem.message, { key: problem.atKey }),
  );
}

function nonFiniteNumbers(value: unknown, path: PathSegment[] = []): SchemaProblem[] {
  if (typeof value === 'number' && !Number.isFinite(value))
    return [
      {
        path,
        atKey: false,
        message: `expected a finite number (JSON has no ${String(value)}), found ${String(value)}`,
      },
    ];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    nonFiniteNumbers(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}
