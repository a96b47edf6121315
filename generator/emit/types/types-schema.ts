import type { JSONSchema as J2tSchema } from 'json-schema-to-typescript';
import type { Catalog, JsonSchema } from '../../model/catalog-model.ts';
import { definitionsOf, refName, refTo, type Definitions } from '../../model/schema-refs.ts';
import { enumShape, inheritance } from '../../model/schema-shapes.ts';
import { tsDocText, tsIdentifier, tsLiteral } from '../../syntax/ts-literals.ts';
import { schemaNotes } from './types-notes.ts';
import { TYPES_ROOT_NAME } from '../../model/package-names.ts';

export { TYPES_ROOT_NAME };

/**
 * One root schema for json-schema-to-typescript: `$defs` holds every event's data schema (titled
 * `names.dataType`) and every shared definition (titled with its name), and the root's properties
 * refer to each of them, so all are declared, once, without "referenced by" noise comments.
 *
 * The catalog schemas are copied through a whitelist of keywords, so nothing json-schema-to-typescript
 * treats specially (`tsType`, `tsEnumNames`, `title`, `$id`…) can come in from the catalog. A
 * `#/$defs/X` ref becomes `tsType: 'X'` (X checked to be a declared definition): json-schema-to-typescript
 * copies a ref's target whenever the ref carries sibling keywords such as `description`, and each copy
 * becomes a numbered duplicate (`CommunicationIdentifier1`); a `tsType` reference keeps one
 * declaration per definition and keeps the property's description as its JSDoc. Top-level
 * descriptions are left out: emit-types writes those JSDoc blocks itself.
 *
 * Idioms (model/schema-shapes.ts): a top-level `allOf` inheritance becomes json-schema-to-typescript's
 * `extends` (`interface X extends Base`), an inline one an intersection; a documented enum becomes a
 * `tsType` union of literals, `| (string & {})` when open (editors still offer the known values).
 * Nullable type lists and `anyOf` with `null` are json-schema-to-typescript's own `T | null`.
 */
export function typesRootSchema(catalog: Catalog): J2tSchema {
  const definitionNames = new Set(catalog.definitions.map((definition) => definition.name));
  const context: Context = { declared: definitionNames, definitions: definitionsOf(catalog) };
  const named: [string, JsonSchema][] = [
    ...catalog.events.map((event): [string, JsonSchema] => [event.names.dataType, event.schema]),
    ...catalog.definitions.map((definition): [string, JsonSchema] => [definition.name, definition.schema]),
  ];
  const $defs: Record<string, J2tSchema> = {};
  const properties: Record<string, J2tSchema> = {};
  for (const [name, schema] of named) {
    tsIdentifier(name);
    const { description: _description, deprecated: _deprecated, ...top } = toJ2t(schema, context, name, true);
    $defs[name] = { title: name, ...top };
    properties[name] = { $ref: refTo(name) };
  }
  return { title: TYPES_ROOT_NAME, type: 'object', properties, additionalProperties: false, $defs };
}

interface Context {
  /** Names declared as shared definitions. */
  declared: ReadonlySet<string>;
  definitions: Definitions;
}

function toJ2t(schema: JsonSchema, context: Context, where: string, topLevel = false): J2tSchema {
  const out: J2tSchema = {};
  if (schema.$ref !== undefined) out.tsType = declaredName(schema.$ref, context, where);
  if (schema.type !== undefined) out.type = schema.type;
  const description = [
    ...(schema.description === undefined ? [] : [schema.description]),
    ...schemaNotes(schema, context.definitions),
  ];
  if (description.length > 0) out.description = tsDocText(description.join('\n\n'));
  if (schema.deprecated !== undefined) out.deprecated = schema.deprecated;
  const values = enumShape(schema);
  if (values !== undefined && schema.enum === undefined) {
    const literals = values.values.map(({ value }) => tsLiteral(value));
    const members = [...literals, ...(values.open ? ['(string & {})'] : [])];
    // In parentheses: json-schema-to-typescript appends `[]` to an array's item type as it is.
    out.tsType = members.length > 1 ? `(${members.join(' | ')})` : members.join(' | ');
    return out;
  }
  if (schema.enum !== undefined) out.enum = [...schema.enum];
  if (schema.const !== undefined) out.const = schema.const;
  if (schema.properties !== undefined) {
    const properties: Record<string, J2tSchema> = {};
    for (const [key, value] of Object.entries(schema.properties)) {
      const optional = !(schema.required ?? []).includes(key);
      // defineProperty: a `__proto__` key must become a property, not a prototype.
      Object.defineProperty(properties, j2tKey(key), {
        value: inheritedAllowed(toJ2t(value, context, `${where}.${key}`), key, optional),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    out.properties = properties;
  }
  if (schema.required !== undefined) out.required = [...schema.required];
  if (schema.additionalProperties !== undefined) {
    out.additionalProperties =
      typeof schema.additionalProperties === 'boolean'
        ? schema.additionalProperties
        : toJ2t(schema.additionalProperties, context, `${where}[*]`);
  }
  if (schema.items !== undefined) out.items = toJ2t(schema.items, context, `${where}[]`);
  if (schema.anyOf !== undefined)
    out.anyOf = schema.anyOf.map((member, i) => toJ2t(member, context, `${where}|${i}`));
  if (schema.oneOf !== undefined)
    out.oneOf = schema.oneOf.map((member, i) => toJ2t(member, context, `${where}|${i}`));
  if (schema.allOf !== undefined) return withAllOf(out, schema, context, where, topLevel);
  return out;
}

/**
 * A named declaration that inherits: `extends` with plain `$ref`s (json-schema-to-typescript resolves
 * each to the one declaration of the base) and the own branch's members. Anywhere else the branches
 * become an intersection.
 */
function withAllOf(
  out: J2tSchema,
  schema: JsonSchema,
  context: Context,
  where: string,
  topLevel: boolean,
): J2tSchema {
  const inherits = inheritance(schema)!;
  const ownBranches = schema.allOf!.filter((branch) => branch.$ref === undefined);
  if (topLevel && ownBranches.length <= 1) {
    const bases = inherits.bases.map((ref) => ({ $ref: refTo(declaredName(ref, context, where)) }));
    const own = inherits.own === undefined ? {} : toJ2t(inherits.own, context, `${where}&`);
    const { description: _description, ...members } = own;
    // Typed `string[]` after draft 3's form; json-schema-to-typescript parses the dereferenced schemas.
    return { ...out, ...members, type: 'object', extends: bases as unknown as string[] };
  }
  return { ...out, allOf: schema.allOf!.map((member, i) => toJ2t(member, context, `${where}&${i}`)) };
}

/** The declaration a `#/$defs/X` ref names; X must be a shared definition. */
function declaredName(ref: string, context: Context, where: string): string {
  const name = refName(ref) ?? '';
  if (!context.declared.has(name))
    throw new Error(`${where}: $ref ${JSON.stringify(ref)} is not a shared definition`);
  return tsIdentifier(name);
}

/**
 * Members TypeScript gives every object (lib's `Object` interface). An optional property of one of
 * these names must also admit the inherited member (which is what reading it gives when it is
 * absent), or no object literal without it would type-check.
 */
const OBJECT_MEMBERS: ReadonlySet<string> = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
]);

function inheritedAllowed(member: J2tSchema, key: string, optional: boolean): J2tSchema {
  if (!optional || !OBJECT_MEMBERS.has(key)) return member;
  const { description, ...type } = member;
  const inherited = { tsType: `globalThis.Object[${tsLiteral(key)}]` };
  return { ...(description === undefined ? {} : { description }), anyOf: [type, inherited] };
}

/**
 * json-schema-to-typescript calls `hasOwnProperty` on every object of the schema, so that key goes
 * in under a stand-in name, which emit-types puts back in the output.
 */
export const HAS_OWN_PROPERTY_STAND_IN = 'AcsStandInForHasOwnProperty';
const j2tKey = (key: string): string => (key === 'hasOwnProperty' ? HAS_OWN_PROPERTY_STAND_IN : key);
