import type { Catalog, JsonSchema } from '../../model/catalog-model.ts';
import { definitionsOf, refName, type Definitions } from '../../model/schema-refs.ts';
import { enumShape, inheritance } from '../../model/schema-shapes.ts';
import { tsDocText, tsIdentifier, tsLiteral } from '../../syntax/ts-literals.ts';
import type { Ast, TypeSchema } from './types-ast.ts';
import { schemaNotes } from './types-notes.ts';

/**
 * The named schemas types.ts declares: every event's data schema (titled `names.dataType`) and
 * every shared definition (titled with its name), as types-ast.ts reads them, each made when first
 * asked for (a run that remembers most declarations makes few); undefined for any other name.
 *
 * The catalog schemas are copied through a whitelist of keywords. A `#/$defs/X` ref becomes a
 * `tsType` reference to X (X checked to be a declared definition), which keeps one declaration per
 * definition and the property's description as its JSDoc. Top-level descriptions are left out:
 * emit-types writes those JSDoc blocks itself.
 *
 * Idioms (model/schema-shapes.ts): a top-level `allOf` inheritance becomes `extends`
 * (`interface X extends Base`), an inline one an intersection; a documented enum becomes a
 * `tsType` union of literals, `| (string & {})` when open (editors still offer the known values).
 * Nullable type lists and `anyOf` with `null` are `T | null`.
 */
export function namedSchemas(catalog: Catalog): (name: string) => TypeSchema | undefined {
  const definitionNames = new Set(catalog.definitions.map((definition) => definition.name));
  const context: Context = { declared: definitionNames, definitions: definitionsOf(catalog) };
  const named = new Map<string, JsonSchema>([
    ...catalog.events.map((event): [string, JsonSchema] => [event.names.dataType, event.schema]),
    ...catalog.definitions.map((definition): [string, JsonSchema] => [definition.name, definition.schema]),
  ]);
  // Every name's schema object exists from the start (a base in `extends` is that very object),
  // and is filled in when asked for.
  const schemas = new Map<string, TypeSchema>();
  context.named = schemas;
  for (const name of named.keys()) {
    tsIdentifier(name);
    schemas.set(name, { title: name });
  }
  const filled = new Set<string>();
  return (name) => {
    const schema = schemas.get(name);
    if (schema !== undefined && !filled.has(name)) {
      filled.add(name);
      const {
        description: _description,
        deprecated: _deprecated,
        ...top
      } = typeSchema(named.get(name)!, context, name, true);
      Object.assign(schema, top);
    }
    return schema;
  };
}

interface Context {
  /** Names declared as shared definitions. */
  declared: ReadonlySet<string>;
  definitions: Definitions;
  /** The named schemas, by name: a base in `extends` is the very schema declared under its name. */
  named?: Map<string, TypeSchema>;
}

function typeSchema(schema: JsonSchema, context: Context, where: string, topLevel = false): TypeSchema {
  const out: TypeSchema = {};
  if (schema.$ref !== undefined)
    out.tsType = { type: 'REFERENCE', name: declaredName(schema.$ref, context, where) };
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
    const texts = [...literals, ...(values.open ? ['(string & {})'] : [])];
    const members: Ast[] = [
      ...values.values.map(({ value }): Ast => ({ type: 'LITERAL', value })),
      ...(values.open ? [OPEN_STRING] : []),
    ];
    out.tsType = {
      type: 'CUSTOM_TYPE',
      shape: members.length === 1 ? members[0]! : { type: 'UNION', members },
      text: texts.length > 1 ? `(${texts.join(' | ')})` : texts.join(' | '),
    };
    return out;
  }
  if (schema.enum !== undefined) out.enum = [...schema.enum];
  if (schema.const !== undefined) out.const = schema.const;
  if (schema.properties !== undefined) {
    const properties: Record<string, TypeSchema> = {};
    for (const [key, value] of Object.entries(schema.properties)) {
      const optional = !(schema.required ?? []).includes(key);
      // defineProperty: a `__proto__` key must become a property, not a prototype.
      Object.defineProperty(properties, key, {
        value: inheritedAllowed(typeSchema(value, context, `${where}.${key}`), key, optional),
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
        : typeSchema(schema.additionalProperties, context, `${where}[*]`);
  }
  if (schema.items !== undefined) out.items = typeSchema(schema.items, context, `${where}[]`);
  if (schema.anyOf !== undefined)
    out.anyOf = schema.anyOf.map((member, i) => typeSchema(member, context, `${where}|${i}`));
  if (schema.oneOf !== undefined)
    out.oneOf = schema.oneOf.map((member, i) => typeSchema(member, context, `${where}|${i}`));
  if (schema.allOf !== undefined) return withAllOf(out, schema, context, where, topLevel);
  return out;
}

/**
 * A named declaration that inherits: `extends` with plain `$ref`s (json-schema-to-typescript resolves
 * each to the one declaration of the base) and the own branch's members. Anywhere else the branches
 * become an intersection.
 */
function withAllOf(
  out: TypeSchema,
  schema: JsonSchema,
  context: Context,
  where: string,
  topLevel: boolean,
): TypeSchema {
  const inherits = inheritance(schema)!;
  const ownBranches = schema.allOf!.filter((branch) => branch.$ref === undefined);
  if (topLevel && ownBranches.length <= 1) {
    const bases = inherits.bases.map((ref) => context.named!.get(declaredName(ref, context, where))!);
    const own = inherits.own === undefined ? {} : typeSchema(inherits.own, context, `${where}&`);
    const { description: _description, ...members } = own;
    return { ...out, ...members, type: 'object', extends: bases };
  }
  return { ...out, allOf: schema.allOf!.map((member, i) => typeSchema(member, context, `${where}&${i}`)) };
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

function inheritedAllowed(member: TypeSchema, key: string, optional: boolean): TypeSchema {
  if (!optional || !OBJECT_MEMBERS.has(key)) return member;
  const { description, ...type } = member;
  const inherited: TypeSchema = { tsType: { type: 'REFERENCE', name: 'globalThis.Object', index: key } };
  return { ...(description === undefined ? {} : { description }), anyOf: [type, inherited] };
}

/** `string & {}`: any string, in a union that editors still complete with its literals. */
const OPEN_STRING: Ast = {
  type: 'INTERSECTION',
  members: [{ type: 'STRING' }, { type: 'INTERFACE', params: [], superTypes: [] }],
};
