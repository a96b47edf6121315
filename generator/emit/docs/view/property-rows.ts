/**
 * A data schema as rows of a property table: one row per property, nested objects (including
 * shared definitions reached through `$ref`) expanded into dotted rows such as
 * `senderCommunicationIdentifier.rawId`, array items as `participants[].displayName`.
 */
import type { Definition, JsonSchema } from '../../../model/catalog-model.ts';
import { refName } from '../../../model/schema-refs.ts';

/** What a property holds, structurally; the page decides how to print it. */
export type TypeShape =
  | { kind: 'primitive'; name: string }
  | { kind: 'ref'; name: string }
  | { kind: 'object' }
  | { kind: 'map'; values: TypeShape }
  | { kind: 'array'; items: TypeShape }
  | { kind: 'union'; options: TypeShape[] }
  | { kind: 'any' };

export interface PropertyRow {
  /** Dotted path from the top of `data`: `participantRemoved.participantCommunicationIdentifier.rawId`. */
  path: string;
  type: TypeShape;
  /** Required within its parent object. */
  required: boolean;
  format?: string;
  enum?: readonly (string | number | boolean | null)[];
  const?: string | number | boolean | null;
  description?: string;
  deprecated?: boolean;
}

export interface RowOptions {
  /** Expand `$ref`s into dotted rows (event pages) or stop at them (the shared types page). */
  expandRefs: boolean;
}

export function propertyRows(
  schema: JsonSchema,
  definitions: readonly Definition[],
  options: RowOptions,
): PropertyRow[] {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const rows: PropertyRow[] = [];

  const visitObject = (node: JsonSchema, prefix: string, seen: readonly string[]) => {
    const required = new Set(node.required ?? []);
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const path = `${prefix}${name}`;
      rows.push(row(path, property, required.has(name), byName));
      visitChildren(property, path, seen);
    }
  };

  const visitChildren = (node: JsonSchema, path: string, seen: readonly string[]) => {
    const refName = refTarget(node);
    if (refName !== undefined) {
      const target = byName.get(refName);
      if (!options.expandRefs || !target || seen.includes(refName)) return;
      visitChildren(target.schema, path, [...seen, refName]);
      return;
    }
    if (node.properties) visitObject(node, `${path}.`, seen);
    if (node.items && hasChildren(node.items)) visitChildren(node.items, `${path}[]`, seen);
    const values = node.additionalProperties;
    if (typeof values === 'object' && hasChildren(values)) visitChildren(values, `${path}.*`, seen);
  };

  visitObject(schema, '', []);
  return rows;
}

function row(
  path: string,
  schema: JsonSchema,
  required: boolean,
  definitions: ReadonlyMap<string, Definition>,
): PropertyRow {
  const result: PropertyRow = { path, type: shape(schema), required };
  const target = refTarget(schema);
  const description =
    schema.description ?? (target === undefined ? undefined : definitions.get(target)?.description);
  if (description !== undefined) result.description = description;
  if (schema.format !== undefined) result.format = schema.format;
  if (schema.enum !== undefined) result.enum = schema.enum;
  if (schema.const !== undefined) result.const = schema.const;
  if (schema.deprecated) result.deprecated = true;
  return result;
}

function hasChildren(schema: JsonSchema): boolean {
  return refTarget(schema) !== undefined || schema.properties !== undefined || schema.items !== undefined;
}

export function shape(schema: JsonSchema): TypeShape {
  const target = refTarget(schema);
  if (target !== undefined) return { kind: 'ref', name: target };
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return { kind: 'union', options: options.map(shape) };
  if (schema.type === 'array')
    return { kind: 'array', items: schema.items ? shape(schema.items) : { kind: 'any' } };
  if (schema.type === 'object' || schema.properties) {
    if (!schema.properties && typeof schema.additionalProperties === 'object')
      return { kind: 'map', values: shape(schema.additionalProperties) };
    return { kind: 'object' };
  }
  if (schema.type !== undefined) return { kind: 'primitive', name: schema.type };
  if (schema.const !== undefined)
    return { kind: 'primitive', name: schema.const === null ? 'null' : typeof schema.const };
  return { kind: 'any' };
}

/** The definition a schema's `$ref` names, if it has one. */
const refTarget = (schema: JsonSchema): string | undefined =>
  schema.$ref === undefined ? undefined : refName(schema.$ref);
