/**
 * Combine a schema drafted from samples with the docs' attribute rows: a row's .NET type refines the
 * sample's shape when they agree (formats, maps, enums, `$ref`s to shared sub-types), its Nullable ✔️
 * adds `null`, its description is kept; attributes no sample shows are added (not required). Where
 * the row and the samples disagree the samples' shape stays (they are the wire evidence) and the
 * disagreement is reported.
 */
import type { Attribute, JsonSchema } from '../model/catalog-model.ts';
import { typeNames } from '../model/schema-shapes.ts';
import { schemaOfDotnetType, withNull } from './dotnet-types.ts';

export interface DraftProblem {
  row: Attribute;
  message: string;
}

export function combineWithAttributes(
  draft: JsonSchema,
  rows: readonly Attribute[],
  isDefinition: (name: string) => boolean,
  problems: DraftProblem[],
): JsonSchema {
  const properties: Record<string, JsonSchema> = { ...(draft.properties ?? {}) };
  const seen = new Set<string>();
  for (const row of rows) {
    const key = propertyKey(properties, row.name);
    if (seen.has(key)) continue;
    seen.add(key);
    const fromTable = schemaOfDotnetType(row.type, row.description ?? '', isDefinition);
    if (fromTable === undefined)
      problems.push({
        row,
        message: `type ${JSON.stringify(row.type)} has no known JSON Schema (drafted from the samples only)`,
      });
    const fromSamples = properties[key];
    let shape = fromSamples === undefined ? (fromTable ?? {}) : refine(fromSamples, fromTable, row, problems);
    if (row.nullable === true) shape = withNull(shape);
    if (row.description) shape = { ...shape, description: row.description };
    properties[key] = shape;
  }
  return { ...draft, type: 'object', properties };
}

/** The sample's property name for a row: exact, else the one differing only in case, else the row's. */
export function propertyKey(properties: Record<string, unknown>, name: string): string {
  if (Object.prototype.hasOwnProperty.call(properties, name)) return name;
  return Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
}

function refine(
  fromSamples: JsonSchema,
  fromTable: JsonSchema | undefined,
  row: Attribute,
  problems: DraftProblem[],
): JsonSchema {
  if (fromTable === undefined) return fromSamples;
  if (fromTable.$ref !== undefined) return fromTable;
  const sampleTypes = typeNames(fromSamples).filter((t) => t !== 'null');
  const tableTypes = typeNames(fromTable);
  if (tableTypes.length === 0 && fromTable.oneOf === undefined) return fromSamples; // object: anything
  if (fromTable.oneOf !== undefined)
    return sampleTypes.every((t) => t === 'string') ? fromTable : fromSamples;
  const agree =
    sampleTypes.length > 0 &&
    sampleTypes.every((t) => tableTypes.includes(t) || (t === 'integer' && tableTypes.includes('number')));
  if (!agree) {
    problems.push({
      row,
      message: `the table's ${row.type} (${tableTypes.join('|')}) disagrees with the samples' ${sampleTypes.join('|') || 'shape'} (kept the samples')`,
    });
    return fromSamples;
  }
  if (fromTable.type === 'array' && fromSamples.items !== undefined && fromTable.items?.$ref === undefined)
    return typeNames(fromTable.items ?? {}).length > 0
      ? fromTable
      : { ...fromTable, items: fromSamples.items };
  return fromTable;
}
