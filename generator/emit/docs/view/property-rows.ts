/**
 * A data schema as rows of a property table: one row per property, nested objects (including
 * shared definitions reached through `$ref`) expanded into dotted rows such as
 * `senderCommunicationIdentifier.rawId`, array items as `participants[].displayName`. Inherited
 * properties (`allOf`) appear with the object's own; the members of a discriminated union's
 * branches appear once each, marked with the discriminator value they belong to when the branches
 * differ on them. The schema idioms are read through model/schema-shapes.ts.
 */
import type { Definition, JsonSchema, SchemaFormat } from '../../../model/catalog-model.ts';
import { definitionsOf, refName, resolveRefs, type Definitions } from '../../../model/schema-refs.ts';
import {
  appliedFormat,
  discriminated,
  enumShape,
  flattenAllOf,
  inheritance,
  splitNullable,
  typeNames,
  type EnumShape,
  type EnumValue,
} from '../../../model/schema-shapes.ts';

/** What a property holds, structurally; the page decides how to print it. */
export type TypeShape =
  | { kind: 'primitive'; name: string }
  | { kind: 'ref'; name: string }
  | { kind: 'object' }
  | { kind: 'extends'; bases: string[] }
  | { kind: 'map'; values: TypeShape }
  | { kind: 'array'; items: TypeShape }
  | { kind: 'union'; options: TypeShape[] }
  | { kind: 'any' };

/** The discriminator of a union and, per value, the definition of its branch (when it is a `$ref`). */
export interface UnionFacts {
  property: string;
  branches: { value: EnumValue['value']; definition?: string }[];
}

/** What a schema says beyond its type: the format it applies, its values, its discriminator. */
export interface SchemaFacts {
  format?: SchemaFormat;
  enum?: EnumShape;
  const?: EnumValue['value'];
  union?: UnionFacts;
}

export interface PropertyRow extends SchemaFacts {
  /** Dotted path from the top of `data`: `participantRemoved.participantCommunicationIdentifier.rawId`. */
  path: string;
  type: TypeShape;
  /** Required within its parent object. */
  required: boolean;
  description?: string;
  deprecated?: boolean;
  /** Set on a union branch's member that not every branch has alike: the value that selects the branch. */
  when?: { property: string; value: EnumValue['value'] };
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
  const schemas = definitionsOf({ definitions });

  const objectRows = (node: JsonSchema, path: string, seen: readonly string[]): PropertyRow[] => {
    const required = new Set(node.required ?? []);
    return Object.entries(node.properties ?? {}).flatMap(([name, property]) => {
      const at = path === '' ? name : `${path}.${name}`;
      const own = row(at, property, required.has(name), byName, schemas, options.expandRefs);
      return [own, ...childRows(property, at, seen)];
    });
  };

  const childRows = (node: JsonSchema, path: string, seen: readonly string[]): PropertyRow[] => {
    const { value } = splitNullable(node);
    const target = refTarget(value);
    if (target !== undefined) {
      const definition = byName.get(target);
      if (!options.expandRefs || !definition || seen.includes(target)) return [];
      return childRows(definition.schema, path, [...seen, target]);
    }
    const union = discriminated(value, schemas);
    if (union !== undefined) return unionRows(union.property, value.oneOf!, path, seen);
    const rows: PropertyRow[] = [];
    const inherits = inheritance(value);
    if (inherits === undefined) rows.push(...objectRows(value, path, seen));
    else if (options.expandRefs) rows.push(...objectRows(flattenAllOf(value, schemas), path, seen));
    else if (inherits.own !== undefined) rows.push(...objectRows(inherits.own, path, seen));
    if (value.items) rows.push(...childRows(value.items, `${path}[]`, seen));
    const values = value.additionalProperties;
    if (typeof values === 'object') rows.push(...childRows(values, `${path}.*`, seen));
    return rows;
  };

  /**
   * Each branch's rows; a row every branch has alike is listed once, any other is marked with the
   * discriminator value of its branch. The discriminator's own rows are left to the union's row.
   */
  const unionRows = (
    property: string,
    branches: readonly JsonSchema[],
    path: string,
    seen: readonly string[],
  ): PropertyRow[] => {
    const discriminatorPath = path === '' ? property : `${path}.${property}`;
    const perBranch = branches.flatMap((branch) => {
      const reference = refTarget(branch);
      if (reference !== undefined && !options.expandRefs) return [];
      const resolved = resolveRefs(branch, schemas);
      if (resolved === undefined || (reference !== undefined && seen.includes(reference))) return [];
      const flat = flattenAllOf(resolved, schemas);
      const value = flat.properties![property]!.const!;
      const nextSeen = reference === undefined ? seen : [...seen, reference];
      const rows = childRows(flat, path, nextSeen).filter((row) => row.path !== discriminatorPath);
      return [{ value, rows }];
    });
    const key = (row: PropertyRow) => JSON.stringify(row);
    const alike = (row: PropertyRow) =>
      perBranch.length === branches.length &&
      perBranch.every((branch) => branch.rows.some((other) => key(other) === key(row)));
    const listed = new Set<string>();
    const rows: PropertyRow[] = [];
    for (const branch of perBranch) {
      for (const row of branch.rows) {
        if (!alike(row)) rows.push({ ...row, when: { property, value: branch.value } });
        else if (!listed.has(key(row))) {
          listed.add(key(row));
          rows.push(row);
        }
      }
    }
    return rows;
  };

  return childRows(schema, '', []);
}

/**
 * One property's row. Where refs are expanded, a ref's row carries its definition's facts (values,
 * discriminator…): the page has no other place for them.
 */
function row(
  path: string,
  schema: JsonSchema,
  required: boolean,
  definitions: ReadonlyMap<string, Definition>,
  schemas: Definitions,
  expandRefs: boolean,
): PropertyRow {
  const target = refTarget(splitNullable(schema).value);
  const referenced = target === undefined || !expandRefs ? undefined : definitions.get(target)?.schema;
  const result: PropertyRow = {
    path,
    type: shape(schema),
    required,
    ...schemaFacts(referenced ?? schema, schemas),
  };
  const description =
    schema.description ?? (target === undefined ? undefined : definitions.get(target)?.description);
  if (description !== undefined) result.description = description;
  if (schema.deprecated) result.deprecated = true;
  return result;
}

/** The facts of a schema (its nullable alternative set aside), for a row or a definition. */
export function schemaFacts(schema: JsonSchema, definitions: Definitions): SchemaFacts {
  const { value } = splitNullable(schema);
  const facts: SchemaFacts = {};
  const format = appliedFormat(value);
  if (format !== undefined) facts.format = format;
  const values = enumShape(value);
  if (values !== undefined) facts.enum = values;
  if (value.const !== undefined) facts.const = value.const;
  const union = discriminated(value, definitions);
  if (union !== undefined) {
    facts.union = {
      property: union.property,
      branches: union.branches.map(({ value: discriminator, schema: branch }) => {
        const definition = refTarget(branch);
        return definition === undefined ? { value: discriminator } : { value: discriminator, definition };
      }),
    };
  }
  return facts;
}

export function shape(schema: JsonSchema): TypeShape {
  const { value, nullable } = splitNullable(schema);
  const inner = valueShape(value);
  return nullable ? { kind: 'union', options: [inner, { kind: 'primitive', name: 'null' }] } : inner;
}

function valueShape(schema: JsonSchema): TypeShape {
  const target = refTarget(schema);
  if (target !== undefined) return { kind: 'ref', name: target };
  const values = enumShape(schema);
  if (values !== undefined && schema.enum === undefined) {
    const names = typeNames(schema);
    const types = names.length > 0 ? names : values.values.map(({ value }) => primitiveName(value));
    return union([...new Set(types)].map((name) => ({ kind: 'primitive', name })));
  }
  const inherits = inheritance(schema);
  if (inherits !== undefined) return { kind: 'extends', bases: inherits.bases.flatMap(refNames) };
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return { kind: 'union', options: options.map(shape) };
  const types = typeNames(schema);
  if (types.length > 1) return union(types.map((name) => valueShape({ ...schema, type: name })));
  if (types[0] === 'array')
    return { kind: 'array', items: schema.items ? shape(schema.items) : { kind: 'any' } };
  if (types[0] === 'object' || schema.properties) {
    const values = schema.additionalProperties;
    if (!schema.properties && typeof values === 'object') return { kind: 'map', values: shape(values) };
    if (!schema.properties && values === true) return { kind: 'map', values: { kind: 'any' } };
    return { kind: 'object' };
  }
  if (types[0] !== undefined) return { kind: 'primitive', name: types[0] };
  if (schema.const !== undefined) return { kind: 'primitive', name: primitiveName(schema.const) };
  return { kind: 'any' };
}

const union = (options: TypeShape[]): TypeShape =>
  options.length === 1 ? options[0]! : { kind: 'union', options };

const primitiveName = (value: EnumValue['value']): string => (value === null ? 'null' : typeof value);

const refNames = (ref: string): string[] => {
  const name = refName(ref);
  return name === undefined ? [] : [name];
};

/** The definition a schema's `$ref` names, if it has one. */
const refTarget = (schema: JsonSchema): string | undefined =>
  schema.$ref === undefined ? undefined : refName(schema.$ref);
