/**
 * Whether a value satisfies a catalog data schema, decided as the Ajv of data-schema-ajv.ts decides
 * it, without compiling anything: the checker asks it of every docs sample, and compiles a schema
 * with Ajv only to describe a sample that fails (the errors and their order are Ajv's).
 *
 * Only for schemas in the catalog's subset (JsonSchema, enforced by the catalog format): type,
 * properties, required, additionalProperties, items, enum, const, anyOf, oneOf, allOf, format and
 * `$ref` to a definition; description, examples and deprecated are annotations. Ajv's options are
 * read as it reads them: `strictNumbers` (a number is finite), `ownProperties` (a property is an own
 * one); object keywords apply to objects only, items to arrays, a format to values of its type.
 */
import addFormats from 'ajv-formats';
import type { JsonSchema, JsonTypeName, SchemaFormat } from './catalog-model.ts';
import { refName, subschemas, type Definitions } from './schema-refs.ts';

/** Every `$ref` reachable from `schema` (through definitions too) names a definition: Ajv compiles it. */
export function refsResolve(schema: JsonSchema, definitions: Definitions): boolean {
  const seen = new Set<string>();
  const visit = (node: JsonSchema): boolean => {
    if (node.$ref !== undefined) {
      const name = refName(node.$ref);
      const target = name === undefined ? undefined : definitions.get(name);
      if (target === undefined) return false;
      if (!seen.has(name!)) {
        seen.add(name!);
        if (!visit(target)) return false;
      }
    }
    return subschemas(node).every(visit);
  };
  return visit(schema);
}

/**
 * Whether `value` is valid against `schema`. Call only when refsResolve holds. A definition that
 * refers back to itself without descending into the value recurses until the stack overflows, as
 * Ajv's compiled functions do.
 */
export function satisfies(schema: JsonSchema, value: unknown, definitions: Definitions): boolean {
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => hasType(type, value))) return false;
  }
  if (schema.$ref !== undefined && !satisfies(definitions.get(refName(schema.$ref)!)!, value, definitions))
    return false;
  if (schema.enum !== undefined && !schema.enum.some((allowed) => allowed === value)) return false;
  if (schema.const !== undefined && schema.const !== value) return false;
  if (schema.format !== undefined && !formatHolds(schema.format, value)) return false;
  if (schema.allOf?.some((branch) => !satisfies(branch, value, definitions))) return false;
  if (schema.anyOf && !schema.anyOf.some((branch) => satisfies(branch, value, definitions))) return false;
  if (schema.oneOf && schema.oneOf.filter((branch) => satisfies(branch, value, definitions)).length !== 1)
    return false;
  if (Array.isArray(value))
    return schema.items === undefined || value.every((item) => satisfies(schema.items!, item, definitions));
  if (hasType('object', value)) return objectSatisfies(schema, value as Record<string, unknown>, definitions);
  return true;
}

function objectSatisfies(
  schema: JsonSchema,
  value: Record<string, unknown>,
  definitions: Definitions,
): boolean {
  const present = (key: string) => Object.hasOwn(value, key) && value[key] !== undefined;
  if (schema.required?.some((key) => !present(key))) return false;
  const properties = schema.properties ?? {};
  for (const [key, property] of Object.entries(properties))
    if (present(key) && !satisfies(property, value[key], definitions)) return false;
  const additional = schema.additionalProperties;
  if (additional === undefined || additional === true) return true;
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(properties, key)) continue;
    if (additional === false || !satisfies(additional, value[key], definitions)) return false;
  }
  return true;
}

/** Whether a JSON value is of a JSON Schema type as Ajv decides it (`strictNumbers`: finite numbers only). */
export function hasType(type: JsonTypeName, value: unknown): boolean {
  switch (type) {
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
  }
}

type FormatDefinition =
  RegExp | ((text: string) => boolean) | { type?: string; validate: RegExp | ((value: never) => boolean) };

/** ajv-formats' check (full mode), applied as Ajv applies it: to values of the format's type only. */
function formatHolds(name: SchemaFormat, value: unknown): boolean {
  const definition = addFormats.default.get(name) as FormatDefinition;
  const { type, validate } =
    typeof definition === 'object' && !(definition instanceof RegExp)
      ? { type: definition.type ?? 'string', validate: definition.validate }
      : { type: 'string', validate: definition };
  if (!(type === 'number' ? hasType('number', value) : typeof value === 'string')) return true;
  return validate instanceof RegExp
    ? validate.test(value as string)
    : (validate as (value: unknown) => boolean)(value);
}
