/**
 * Small compile-time facts about schemas: the generated condition for "is of JSON type T", the
 * human description of what a schema expects (the `expected` of an error), and which enum/const
 * values can match at all once the type is known.
 */
import type { JsonSchema, JsonTypeName } from '../../model/catalog-model.ts';
import { type Code, lit, ts } from '../../syntax/ts-code.ts';
import { and, compare, type Expr, not, or } from '../../syntax/ts-layout.ts';
import { hasType } from '../../model/data-schema-satisfies.ts';
import { refName } from '../../model/schema-refs.ts';
import { typeNames } from '../../model/schema-shapes.ts';

export type JsonType = JsonTypeName;
type Scalar = string | number | boolean | null;

const TYPE_MESSAGES: Record<JsonType, string> = {
  object: 'must be an object',
  array: 'must be an array',
  string: 'must be a string',
  number: 'must be a number',
  integer: 'must be an integer',
  boolean: 'must be a boolean',
  null: 'must be null',
};

/** The error message for a value not of `type`. */
export const typeMessage = (type: JsonType): string => TYPE_MESSAGES[type];

/** The error message for a value of none of `types` (a type list): "must be a string or null". */
export const typesMessage = (types: readonly JsonType[]): string =>
  types.length === 1
    ? typeMessage(types[0]!)
    : `must be ${types.map((type) => TYPE_MESSAGES[type].replace(/^must be /, '')).join(' or ')}`;

/** True when `v` holds a value of one of `types`. */
export const typesHold = (types: readonly JsonType[], v: Code): Expr =>
  or(...types.map((type) => typeHolds(type, v)));

/** The negation of typesHold, written out so TypeScript narrows `v` after it. */
export const typesFail = (types: readonly JsonType[], v: Code): Expr =>
  and(...types.map((type) => typeFails(type, v)));

const typeOf = (v: Code, operator: '===' | '!==', type: JsonType | 'number'): Expr =>
  compare(ts`typeof ${v}`, operator, lit(type));

/** True when `v` (an identifier) holds a value of `type`; narrows `v` for TypeScript. */
export function typeHolds(type: JsonType, v: Code): Expr {
  switch (type) {
    case 'object':
      return and(typeOf(v, '===', 'object'), compare(v, '!==', ts`null`), not(ts`Array.isArray(${v})`));
    case 'array':
      return or(ts`Array.isArray(${v})`);
    case 'string':
    case 'boolean':
      return typeOf(v, '===', type);
    case 'number':
      return and(typeOf(v, '===', 'number'), ts`Number.isFinite(${v})`);
    case 'integer':
      return and(typeOf(v, '===', 'number'), ts`Number.isInteger(${v})`);
    case 'null':
      return compare(v, '===', ts`null`);
  }
}

/** The negation of typeHolds, written out so TypeScript narrows `v` after it. */
export function typeFails(type: JsonType, v: Code): Expr {
  switch (type) {
    case 'object':
      return or(typeOf(v, '!==', 'object'), compare(v, '===', ts`null`), ts`Array.isArray(${v})`);
    case 'array':
      return not(ts`Array.isArray(${v})`);
    case 'string':
    case 'boolean':
      return typeOf(v, '!==', type);
    case 'number':
      return or(typeOf(v, '!==', 'number'), not(ts`Number.isFinite(${v})`));
    case 'integer':
      return or(typeOf(v, '!==', 'number'), not(ts`Number.isInteger(${v})`));
    case 'null':
      return compare(v, '!==', ts`null`);
  }
}

/** The enum/const values a value of one of `types` could equal (comparing the others is dead code TS rejects); all when untyped. */
export function possibleValues(values: readonly Scalar[], types: readonly JsonType[]): Scalar[] {
  if (types.length === 0) return [...values];
  return values.filter((value) => types.some((type) => hasType(type, value)));
}

/** What a schema expects, for error reports: `string`, `"a" | "b"`, `CommunicationIdentifier`, `date-time`… */
export function describe(schema: JsonSchema): string {
  if (schema.$ref !== undefined) return refName(schema.$ref) ?? schema.$ref;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum !== undefined) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.format !== undefined && schema.format !== 'double') return schema.format;
  if (schema.type === 'array' && schema.items !== undefined) {
    const item = describe(schema.items);
    return item.includes(' ') ? `(${item})[]` : `${item}[]`;
  }
  if (schema.type !== undefined) return typeNames(schema).join(' | ');
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined) return alternatives.map(describe).join(' | ');
  if (schema.allOf !== undefined) return schema.allOf.map(describe).join(' & ');
  if (schema.properties !== undefined || schema.required !== undefined) return 'object';
  return 'any';
}

/**
 * The JSON type an alternative demands, following `$ref`s: used to pick which alternatives' own
 * errors are worth reporting when none matches. Undefined when the schema does not say.
 */
export function declaredType(
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
  seen: ReadonlySet<string> = new Set(),
): JsonType | undefined {
  if (schema.type !== undefined) {
    const types = typeNames(schema);
    return types.length === 1 ? types[0] : undefined;
  }
  if (schema.$ref !== undefined && !seen.has(schema.$ref)) {
    return declaredType(resolve(schema.$ref), resolve, new Set([...seen, schema.$ref]));
  }
  // Every allOf branch applies: the first that declares a type decides it.
  for (const branch of schema.allOf ?? []) {
    const type = declaredType(branch, resolve, seen);
    if (type !== undefined) return type;
  }
  return undefined;
}

/** Whether a schema constrains anything at all (`{}` and annotation-only schemas accept every value). */
export function isTrivial(schema: JsonSchema): boolean {
  return (
    schema.type === undefined &&
    schema.$ref === undefined &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.format === undefined &&
    schema.properties === undefined &&
    schema.required === undefined &&
    (schema.additionalProperties === undefined || schema.additionalProperties === true) &&
    schema.items === undefined &&
    schema.anyOf === undefined &&
    schema.oneOf === undefined &&
    schema.allOf === undefined
  );
}

/** The property kinds checked by one shared runtime helper each (see runtime.ts): most properties are one of these. */
export type LeafKind = 'string' | 'integer' | 'number' | 'boolean' | 'date-time';

/** The leaf kind of a schema that is only a JSON type (plus annotations), or a date-time string; else undefined. */
export function leafKind(schema: JsonSchema): LeafKind | undefined {
  const { type, format, ...rest } = schema;
  if (!isTrivial(rest)) return undefined;
  if (type === 'string')
    return format === 'date-time' ? 'date-time' : format === undefined ? 'string' : undefined;
  if (format !== undefined) return undefined;
  return type === 'integer' || type === 'number' || type === 'boolean' ? type : undefined;
}
