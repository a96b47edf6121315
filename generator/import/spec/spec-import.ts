/** The spec importer as one pure function: spec text + catalog texts in, changed catalog texts and diagnostics out. */
import type { JsonSchema } from '../../model/catalog-model.ts';
import { mergeSpec, type CatalogFiles, type SpecMergeResult } from './merge-spec.ts';
import { readSpec } from './read-spec.ts';

export interface SpecCounts {
  /** Definitions in the spec. */
  definitions: number;
  /** Of which event data types… */
  events: number;
  /** …and shared definitions. */
  sharedDefinitions: number;
  /** Properties declared by the converted schemas (nested inline objects included). */
  properties: number;
}

export interface SpecImportResult extends SpecMergeResult {
  spec: SpecCounts;
}

/** `specFile` is the spec's path as diagnostics should print it. */
export function importSpec(specFile: string, specText: string, catalog: CatalogFiles): SpecImportResult {
  const model = readSpec(specText);
  const schemas = [...model.events, ...model.definitions].map((item) => item.schema);
  return {
    ...mergeSpec(catalog, model, specFile),
    spec: {
      definitions: model.definitionCount,
      events: model.events.length,
      sharedDefinitions: model.definitions.length,
      properties: schemas.reduce((sum, schema) => sum + countProperties(schema), 0),
    },
  };
}

/** Declared properties of a schema and of every schema under it. */
export function countProperties(schema: JsonSchema): number {
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.allOf ?? []),
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.items ? [schema.items] : []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
  ];
  return (
    Object.keys(schema.properties ?? {}).length + children.reduce((sum, c) => sum + countProperties(c), 0)
  );
}

export type { CatalogFiles } from './merge-spec.ts';
