/**
 * The idioms of the catalog's data schemas (see JsonSchema in catalog-model.ts), read in one place so
 * that every emitter and the checker agree on what a schema means: nullable, documented enums (open or
 * closed), inheritance through `allOf`, and discriminated unions.
 */
import type { JsonSchema, JsonTypeName, SchemaFormat } from './catalog-model.ts';
import { resolveRefs, type Definitions } from './schema-refs.ts';

/** The JSON types a schema's `type` names, as a list (empty when it names none). */
export function typeNames(schema: JsonSchema): JsonTypeName[] {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? [...schema.type] : [schema.type];
}

/** A schema that also allows `null`, split into the non-null part and the fact that null is allowed. */
export interface Nullable {
  /** The schema without its `null` alternative. */
  value: JsonSchema;
  nullable: boolean;
}

/**
 * `type: [string, 'null']` → `{ value: { type: string }, nullable: true }`;
 * `anyOf: [X, { type: 'null' }]` → `{ value: X, nullable: true }`; anything else → `{ value: schema, nullable: false }`.
 */
export function splitNullable(schema: JsonSchema): Nullable {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((name) => name !== 'null');
    if (rest.length === 1) return { value: { ...schema, type: rest[0]! }, nullable: true };
  }
  if (schema.anyOf?.length === 2) {
    const nulls = schema.anyOf.filter(isNullSchema);
    const others = schema.anyOf.filter((branch) => !isNullSchema(branch));
    if (nulls.length === 1 && others.length === 1) {
      const { anyOf: _anyOf, ...annotations } = schema;
      return { value: { ...others[0]!, ...annotations }, nullable: true };
    }
  }
  return { value: schema, nullable: false };
}

function isNullSchema(schema: JsonSchema): boolean {
  return (
    schema.type === 'null' && Object.keys(schema).every((key) => key === 'type' || key === 'description')
  );
}

/** One documented value of an enum. */
export interface EnumValue {
  value: string | number | boolean | null;
  description?: string;
}

/** The values of an enum and whether the service may send others (an open, "known values" enum). */
export interface EnumShape {
  values: EnumValue[];
  open: boolean;
}

/** `{ const, description? }`: one documented value of an enum. */
export const isConstBranch = (branch: JsonSchema): boolean =>
  branch.const !== undefined && Object.keys(branch).every((key) => key === 'const' || key === 'description');

/** `{ type: string, description? }`: the branch that makes an `anyOf` enum open. */
export const isOpenBranch = (branch: JsonSchema): boolean =>
  branch.type === 'string' && Object.keys(branch).every((key) => key === 'type' || key === 'description');

/**
 * `enum: [a, b]` (closed, no descriptions), `oneOf: [{ const, description }…]` (closed, documented) or
 * `anyOf: [{ const, description }…, { type: string }]` (open, documented); undefined for any other schema.
 */
export function enumShape(schema: JsonSchema): EnumShape | undefined {
  if (schema.enum !== undefined) return { values: schema.enum.map((value) => ({ value })), open: false };
  const describe = (branch: JsonSchema): EnumValue =>
    branch.description === undefined
      ? { value: branch.const! }
      : { value: branch.const!, description: branch.description };
  if (schema.oneOf !== undefined && schema.oneOf.length > 0 && schema.oneOf.every(isConstBranch)) {
    return { values: schema.oneOf.map(describe), open: false };
  }
  if (schema.anyOf !== undefined) {
    const constants = schema.anyOf.filter(isConstBranch);
    const open = schema.anyOf.filter(isOpenBranch);
    if (constants.length > 0 && open.length === 1 && constants.length + 1 === schema.anyOf.length) {
      return { values: constants.map(describe), open: true };
    }
  }
  return undefined;
}

/** An object schema that extends shared definitions: `allOf: [{ $ref: Base }…, { own properties }]`. */
export interface Inheritance {
  /** The definitions it extends, by `$ref`, in order. */
  bases: string[];
  /** Its own part (the one non-`$ref` branch), if any. */
  own: JsonSchema | undefined;
}

/** The `allOf` inheritance idiom; undefined when the schema has no `allOf`. */
export function inheritance(schema: JsonSchema): Inheritance | undefined {
  if (schema.allOf === undefined) return undefined;
  const bases = schema.allOf.flatMap((branch) => (branch.$ref !== undefined ? [branch.$ref] : []));
  const own = schema.allOf.filter((branch) => branch.$ref === undefined);
  return { bases, own: own.length === 1 ? own[0] : undefined };
}

/**
 * An object schema as the wire sees it: its properties and required names merged from every `allOf`
 * branch (bases first, definitions resolved), so emitters that only need the flat shape need not
 * follow inheritance themselves. Schemas without `allOf` come back as they are.
 */
export function flattenAllOf(
  schema: JsonSchema,
  definitions: Definitions,
  enclosing: ReadonlySet<JsonSchema> = new Set(),
): JsonSchema {
  if (schema.allOf === undefined) return schema;
  // A definition that extends itself (through a cycle of $refs) adds nothing the second time.
  const seen = new Set([...enclosing, schema]);
  const { allOf, ...rest } = schema;
  const merged: JsonSchema = { ...rest, type: 'object', properties: { ...(rest.properties ?? {}) } };
  const required = new Set(rest.required ?? []);
  for (const branch of allOf) {
    const resolved = resolveRefs(branch, definitions);
    if (resolved === undefined || seen.has(resolved)) continue;
    const flat = flattenAllOf(resolved, definitions, seen);
    Object.assign(merged.properties!, flat.properties ?? {});
    for (const name of flat.required ?? []) required.add(name);
  }
  if (required.size > 0) merged.required = [...required];
  return merged;
}

/** A discriminated union: every `oneOf` branch requires `property` with its own `const`. */
export interface Discriminated {
  property: string;
  branches: { value: string | number | boolean | null; schema: JsonSchema }[];
}

/** The discriminated-union idiom of a `oneOf`, or undefined. Branches may be `$ref`s to definitions. */
export function discriminated(schema: JsonSchema, definitions: Definitions): Discriminated | undefined {
  const branches = schema.oneOf;
  if (branches === undefined || branches.length < 2 || enumShape(schema) !== undefined) return undefined;
  const resolved = branches.map((branch) => resolveRefs(branch, definitions));
  if (resolved.some((branch) => branch === undefined)) return undefined;
  const flat = resolved.map((branch) => flattenAllOf(branch!, definitions));
  const candidates = Object.keys(flat[0]!.properties ?? {}).filter((name) =>
    flat.every((branch) => branch.required?.includes(name) && branch.properties?.[name]?.const !== undefined),
  );
  for (const property of candidates) {
    const values = flat.map((branch) => branch.properties![property]!.const!);
    if (new Set(values).size === values.length) {
      return { property, branches: branches.map((schema, index) => ({ value: values[index]!, schema })) };
    }
  }
  return undefined;
}

/** The JSON types each `format` checks; on any other type Ajv (and so the catalog) ignores it. */
const FORMAT_TYPES: Record<SchemaFormat, readonly JsonTypeName[]> = {
  'date-time': ['string'],
  duration: ['string'],
  int32: ['integer', 'number'],
  int64: ['integer', 'number'],
  double: ['integer', 'number'],
};

/**
 * The schema's `format` when it applies to one of the schema's types (or the schema names no type);
 * undefined when there is none or it is on a type it does not check (`format: int32` on a string).
 */
export function appliedFormat(schema: JsonSchema): SchemaFormat | undefined {
  const format = schema.format;
  if (format === undefined) return undefined;
  const types = typeNames(schema);
  return types.length === 0 || types.some((name) => FORMAT_TYPES[format].includes(name)) ? format : undefined;
}

/**
 * What a format means on the wire, for docs and JSDoc. date-time needs no explanation: every
 * timestamp in the catalog is one, and its type already says string.
 */
export const FORMAT_MEANINGS: Partial<Record<SchemaFormat, string>> = {
  duration: 'an ISO 8601 duration string, such as PT1M30S',
  int32: 'a 32-bit integer, from -2147483648 to 2147483647',
  int64:
    'a 64-bit integer; a JavaScript number holds integers exactly only up to 2^53 - 1 (Number.MAX_SAFE_INTEGER), so JSON.parse rounds larger values',
  double: 'a double-precision floating-point number',
};

/** A map of any value: no declared properties, and `additionalProperties: true` or `{}` (TypeScript: `Record<string, unknown>`). */
export function isMapOfAnyValue(schema: JsonSchema): boolean {
  const values = schema.additionalProperties;
  const anything = values === true || (typeof values === 'object' && Object.keys(values).length === 0);
  return anything && Object.keys(schema.properties ?? {}).length === 0;
}
