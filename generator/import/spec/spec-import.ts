/** The spec importer as one pure function: spec text + catalog texts in, changed catalog texts and diagnostics out. */
import type { JsonSchema } from '../../model/catalog-model.ts';
import type { CatalogFiles } from '../managed-file.ts';
import { mergeSpec, type SpecMergeResult } from './merge-spec.ts';
import { readSpec } from './read-spec.ts';
import { registerSpecDocument, specDocument, type SpecSource } from './spec-document.ts';

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

/**
 * `specFile` is the spec's path as diagnostics should print it; `source`, when given, registers the
 * spec as a document of sources.yaml (a spec without an api-version is not registered).
 */
export function importSpec(
  specFile: string,
  specText: string,
  catalog: CatalogFiles,
  source?: SpecSource,
): SpecImportResult {
  const model = readSpec(specText);
  const schemas = [...model.events, ...model.definitions].map((item) => item.schema);
  const merged = mergeSpec(catalog, model, specFile);
  const sources =
    source !== undefined && model.version !== undefined
      ? registerSpecDocument(catalog, specDocument(source, model.version))
      : undefined;
  return {
    ...merged,
    changes:
      sources === undefined ? merged.changes : sortedByPath({ ...merged.changes, 'sources.yaml': sources }),
    spec: {
      definitions: model.definitionCount,
      events: model.events.length,
      sharedDefinitions: model.definitions.length,
      properties: schemas.reduce((sum, schema) => sum + countProperties(schema), 0),
    },
  };
}

function sortedByPath(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
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

export type { CatalogFiles } from '../managed-file.ts';
export type { SpecSource } from './spec-document.ts';
