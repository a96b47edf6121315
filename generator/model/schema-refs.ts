/**
 * `$ref`s to the catalog's shared definitions. The catalog format allows one form,
 * `#/$defs/<Name>`; every stage that follows a ref goes through here.
 */
import type { Definition, JsonSchema } from './catalog-model.ts';

const PREFIX = '#/$defs/';
const MAX_REF_HOPS = 16;

/** Shared definitions by name. */
export type Definitions = ReadonlyMap<string, JsonSchema>;

export function definitionsOf(catalog: {
  readonly definitions: readonly Pick<Definition, 'name' | 'schema'>[];
}): Definitions {
  return new Map(catalog.definitions.map((definition) => [definition.name, definition.schema]));
}

/** `#/$defs/CommunicationIdentifier` → `CommunicationIdentifier`; undefined for any other form. */
export function refName(ref: string): string | undefined {
  return ref.startsWith(PREFIX) ? ref.slice(PREFIX.length) : undefined;
}

/** The `$ref` to a shared definition. */
export const refTo = (name: string): string => PREFIX + name;

/** A schema with its `$ref` chain followed; undefined when a ref names no definition or the chain loops. */
export function resolveRefs(schema: JsonSchema, definitions: Definitions): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined; hops++) {
    const name = refName(current.$ref);
    const target = name === undefined ? undefined : definitions.get(name);
    if (target === undefined || hops > MAX_REF_HOPS) return undefined;
    current = target;
  }
  return current;
}

/** The value schema of a map: an object with no declared properties whose `additionalProperties` is a schema. */
export function mapValueSchema(schema: JsonSchema): JsonSchema | undefined {
  const values = schema.additionalProperties;
  return Object.keys(schema.properties ?? {}).length === 0 && typeof values === 'object' ? values : undefined;
}

/** A schema's direct subschemas, under every keyword that holds one (allOf included). */
export function subschemas(schema: JsonSchema): JsonSchema[] {
  return [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.allOf ?? []),
  ];
}

/**
 * Names of the definitions a schema refers to, directly or through other definitions, sorted:
 * what an event's or definition's `uses` should hold (the bases of an `allOf` included).
 */
export function definitionsUsed(schema: JsonSchema, definitions: Definitions): string[] {
  const found = new Set<string>();
  const visit = (node: JsonSchema): void => {
    const name = node.$ref === undefined ? undefined : (refName(node.$ref) ?? node.$ref);
    if (name !== undefined && !found.has(name)) {
      found.add(name);
      const target = definitions.get(name);
      if (target) visit(target);
    }
    subschemas(node).forEach(visit);
  };
  visit(schema);
  return [...found].sort();
}
