/**
 * The catalog format (catalog/schema/*.schema.json) as Ajv compiles it: the schemas, the Ajv set-up,
 * and a hash of the schemas' content. The checker runs validators compiled ahead of time from exactly
 * this (catalog-format-validators.generated.ts), and compiles afresh only when the schemas' hash is
 * not the one they were compiled from.
 */
import { createHash } from 'node:crypto';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import categoriesSchema from '../../catalog/schema/categories.schema.json' with { type: 'json' };
import commonSchema from '../../catalog/schema/common.schema.json' with { type: 'json' };
import definitionsSchema from '../../catalog/schema/definitions.schema.json' with { type: 'json' };
import eventSchema from '../../catalog/schema/event.schema.json' with { type: 'json' };
import filtersSchema from '../../catalog/schema/filters.schema.json' with { type: 'json' };
import sourcesSchema from '../../catalog/schema/sources.schema.json' with { type: 'json' };
import subjectsSchema from '../../catalog/schema/subjects.schema.json' with { type: 'json' };
import type { CatalogFileKind } from './load.ts';

/** The schema each kind of catalog file is checked against. */
export const FORMAT_SCHEMAS: Record<CatalogFileKind, { $id: string }> = {
  sources: sourcesSchema,
  categories: categoriesSchema,
  subjects: subjectsSchema,
  filters: filtersSchema,
  definitions: definitionsSchema,
  event: eventSchema,
};

/** Every error (`allErrors`) with the schema and data attached (`verbose`): catalog-format-messages.ts quotes them. */
export function newCatalogFormatAjv(options: { source?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    ...(options.source ? { code: { source: true, esm: true } } : {}),
  });
  ajv.addSchema(commonSchema);
  for (const schema of Object.values(FORMAT_SCHEMAS)) ajv.addSchema(schema);
  return ajv;
}

/** Compiles every kind's validator (what the precompiled module holds, at a third of a second). */
export function compileFormatValidators(
  ajv = newCatalogFormatAjv(),
): Record<CatalogFileKind, ValidateFunction> {
  const compiled = {} as Record<CatalogFileKind, ValidateFunction>;
  for (const [kind, schema] of Object.entries(FORMAT_SCHEMAS))
    compiled[kind as CatalogFileKind] = ajv.getSchema(schema.$id)!;
  return compiled;
}

/** SHA-256 of the format's schemas, common.schema.json first, then each kind's in FORMAT_SCHEMAS' order. */
export function formatSchemasHash(): string {
  const hash = createHash('sha256');
  for (const schema of [commonSchema, ...Object.values(FORMAT_SCHEMAS)]) hash.update(JSON.stringify(schema));
  return hash.digest('hex');
}
