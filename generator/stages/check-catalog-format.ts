import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import categoriesSchema from '../../catalog/schema/categories.schema.json' with { type: 'json' };
import commonSchema from '../../catalog/schema/common.schema.json' with { type: 'json' };
import definitionsSchema from '../../catalog/schema/definitions.schema.json' with { type: 'json' };
import eventSchema from '../../catalog/schema/event.schema.json' with { type: 'json' };
import filtersSchema from '../../catalog/schema/filters.schema.json' with { type: 'json' };
import sourcesSchema from '../../catalog/schema/sources.schema.json' with { type: 'json' };
import subjectsSchema from '../../catalog/schema/subjects.schema.json' with { type: 'json' };
import type { Diagnostic, PathSegment } from '../model/diagnostic.ts';
import { describeAjvErrors, type SchemaProblem } from './catalog-format-messages.ts';
import { diagnosticAt, type CatalogFileKind, type LoadedFile } from './load.ts';

const SCHEMAS: Record<CatalogFileKind, object> = {
  sources: sourcesSchema,
  categories: categoriesSchema,
  subjects: subjectsSchema,
  filters: filtersSchema,
  definitions: definitionsSchema,
  event: eventSchema,
};

let validators: Record<CatalogFileKind, ValidateFunction> | undefined;

function formatValidators(): Record<CatalogFileKind, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(commonSchema);
  ajv.addSchema(categoriesSchema);
  const compiled = {} as Record<CatalogFileKind, ValidateFunction>;
  for (const [kind, schema] of Object.entries(SCHEMAS))
    compiled[kind as CatalogFileKind] = ajv.getSchema((schema as { $id: string }).$id) ?? ajv.compile(schema);
  validators = compiled;
  return compiled;
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
