/**
 * Where a JSON Pointer into a value lands in the value's schema: through `properties`, map values
 * (`additionalProperties`) and array `items`, following `$ref`s to the shared definitions and
 * trying every `anyOf`/`oneOf` alternative and every `allOf` part. For checking the catalog's pointers into `data`.
 */
import { parsePointer } from './json-patch.ts';
import type { JsonSchema } from './catalog-model.ts';
import { resolveRefs, type Definitions } from './schema-refs.ts';

/** The schemas `pointer` can land on (several under alternatives; none when the schema has no such place). */
export function schemasAtPointer(
  schema: JsonSchema,
  pointer: string,
  definitions: Definitions,
): JsonSchema[] {
  let current = alternatives(schema, definitions);
  for (const segment of parsePointer(pointer)) {
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
function alternatives(schema: JsonSchema, definitions: Definitions): JsonSchema[] {
  const resolved = resolveRefs(schema, definitions);
  if (resolved === undefined) return [];
  const branches = [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])];
  return [resolved, ...branches.flatMap((branch) => alternatives(branch, definitions))];
}
