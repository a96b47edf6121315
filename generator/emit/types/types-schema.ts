import type { JSONSchema as J2tSchema } from 'json-schema-to-typescript';
import type { Catalog, JsonSchema } from '../../model/catalog-model.ts';
import { refName, refTo } from '../../model/schema-refs.ts';
import { tsDocText, tsIdentifier } from '../../syntax/ts-literals.ts';
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
 */
export function typesRootSchema(catalog: Catalog): J2tSchema {
  const definitionNames = new Set(catalog.definitions.map((definition) => definition.name));
  const named: [string, JsonSchema][] = [
    ...catalog.events.map((event): [string, JsonSchema] => [event.names.dataType, event.schema]),
    ...catalog.definitions.map((definition): [string, JsonSchema] => [definition.name, definition.schema]),
  ];
  const $defs: Record<string, J2tSchema> = {};
  const properties: Record<string, J2tSchema> = {};
  for (const [name, schema] of named) {
    tsIdentifier(name);
    const {
      description: _description,
      deprecated: _deprecated,
      ...top
    } = toJ2t(schema, definitionNames, name);
    $defs[name] = { title: name, ...top };
    properties[name] = { $ref: refTo(name) };
  }
  return { title: TYPES_ROOT_NAME, type: 'object', properties, additionalProperties: false, $defs };
}

function toJ2t(schema: JsonSchema, definitions: ReadonlySet<string>, where: string): J2tSchema {
  const out: J2tSchema = {};
  if (schema.$ref !== undefined) {
    const name = refName(schema.$ref) ?? '';
    if (!definitions.has(name))
      throw new Error(`${where}: $ref ${JSON.stringify(schema.$ref)} is not a shared definition`);
    out.tsType = tsIdentifier(name);
  }
  if (schema.type !== undefined) out.type = schema.type;
  if (schema.description !== undefined) out.description = tsDocText(schema.description);
  if (schema.deprecated !== undefined) out.deprecated = schema.deprecated;
  if (schema.enum !== undefined) out.enum = [...schema.enum];
  if (schema.const !== undefined) out.const = schema.const;
  if (schema.properties !== undefined) {
    const properties: Record<string, J2tSchema> = {};
    for (const [key, value] of Object.entries(schema.properties)) {
      // defineProperty: a `__proto__` key must become a property, not a prototype.
      Object.defineProperty(properties, key, {
        value: toJ2t(value, definitions, `${where}.${key}`),
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
        : toJ2t(schema.additionalProperties, definitions, `${where}[*]`);
  }
  if (schema.items !== undefined) out.items = toJ2t(schema.items, definitions, `${where}[]`);
  if (schema.anyOf !== undefined)
    out.anyOf = schema.anyOf.map((member, i) => toJ2t(member, definitions, `${where}|${i}`));
  if (schema.oneOf !== undefined)
    out.oneOf = schema.oneOf.map((member, i) => toJ2t(member, definitions, `${where}|${i}`));
  return out;
}
