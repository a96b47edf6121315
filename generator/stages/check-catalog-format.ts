import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import categoriesSchema from '../../catalog/schema/categories.schema.json' with { type: 'json' };
import commonSchema from '../../catalog/schema/common.schema.json' with { type: 'json' };
import definitionsSchema from '../../catalog/schema/definitions.schema.json' with { type: 'json' };
import eventSchema from '../../catalog/schema/event.schema.json' with { type: 'json' };
import filtersSchema from '../../catalog/schema/filters.schema.json' with { type: 'json' };
import sourcesSchema from '../../catalog/schema/sources.schema.json' with { type: 'json' };
import subjectsSchema from '../../catalog/schema/subjects.schema.json' with { type: 'json' };
import { formatPath, type Diagnostic } from '../model/diagnostic.ts';
import { describeAjvErrors } from './catalog-format-messages.ts';
import type { CatalogFileKind, LoadedFile } from './load.ts';

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

/** Checks one file against the catalog format (catalog/schema/*.schema.json). */
export function checkFormat(file: LoadedFile): Diagnostic[] {
  const validate = formatValidators()[file.kind];
  if (validate(file.value)) return [];
  return describeAjvErrors(validate.errors ?? [], file.value).map((problem) => ({
    file: file.path,
    ...file.locate(problem.path, { key: problem.atKey }),
    path: formatPath(problem.path),
    message: problem.message,
    severity: 'error' as const,
  }));
}
