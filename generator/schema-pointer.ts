/**
 * Where a JSON Pointer into a value lands in the value's schema: through `properties`, map values
 * (`additionalProperties`) and array `items`, following `$ref`s to the shared definitions and
 * trying every `anyOf`/`oneOf` alternative. For checking the catalog's pointers into `data`.
 */
import type { JsonSchema } from './model.ts';

const MAX_REF_HOPS = 16;

/** The schemas `pointer` can land on (several under alternatives; none when the schema has no such place). */
export function schemasAtPointer(schema: JsonSchema, pointer: string, definitions: ReadonlyMap<string, JsonSchema>): JsonSchema[] {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  let current = alternatives(schema, definitions);
  for (const segment of segments) {
    current = current.flatMap((node) => {
      const next = child(node, segment);
      return next === undefined ? [] : alternatives(next, definitions);
    });
  }
  return current;
}

function child(schema: JsonSchema, segment: string): JsonSchema | undefined {
  if (schema.properties && Object.hasOwn(schema.properties, segment)) return schema.properties[segment];
  if (schema.items && /^(0|[1-9]\d*)$/.test(segment)) return schema.items;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/** A schema with its `$ref` chain followed, and its anyOf/oneOf alternatives beside it. */
function alternatives(schema: JsonSchema, definitions: ReadonlyMap<string, JsonSchema>, hops = 0): JsonSchema[] {
  if (hops > MAX_REF_HOPS) return [];
  if (schema.$ref !== undefined) {
    const target = definitions.get(schema.$ref.replace(/^#\/\$defs\//, ''));
    return target ? alternatives(target, definitions, hops + 1) : [];
  }
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  return [schema, ...branches.flatMap((branch) => alternatives(branch, definitions, hops + 1))];
}
