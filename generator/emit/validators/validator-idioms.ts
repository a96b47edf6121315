/**
 * The catalog's schema idioms (model/schema-shapes.ts) as the validators compile them: documented
 * enums become value comparisons, discriminated unions dispatch on the discriminator, and `allOf`
 * inheritance gets one strict-mode check over the properties of every branch. Each applies only
 * where it gives exactly the verdict of the plain JSON Schema reading (Ajv's).
 */
import type { JsonSchema } from '../../model/catalog-model.ts';
import { resolveRefs, type Definitions } from '../../model/schema-refs.ts';
import {
  discriminated,
  enumShape,
  flattenAllOf,
  typeNames,
  type Discriminated,
} from '../../model/schema-shapes.ts';

type Scalar = string | number | boolean | null;

export interface DocumentedEnum {
  /** The keyword holding the enum's branches (the compiler skips its generic code). */
  keyword: 'oneOf' | 'anyOf';
  values: Scalar[];
  /** An open enum also accepts any string. */
  open: boolean;
}

/**
 * A closed documented enum (`oneOf` of consts) whose values are distinct (a value equal to two
 * branches would match twice, which `oneOf` rejects), or an open one (`anyOf` of consts plus
 * `{ type: string }`: any string, or one of the values).
 */
export function documentedEnum(schema: JsonSchema): DocumentedEnum | undefined {
  const closed = schema.oneOf === undefined ? undefined : enumShape({ oneOf: schema.oneOf });
  if (closed !== undefined) {
    const values = closed.values.map((entry) => entry.value);
    if (new Set(values).size === values.length) return { keyword: 'oneOf', values, open: false };
  }
  const open = schema.anyOf === undefined ? undefined : enumShape({ anyOf: schema.anyOf });
  if (open?.open) return { keyword: 'anyOf', values: open.values.map((entry) => entry.value), open: true };
  return undefined;
}

export type Dispatch = Discriminated;

/**
 * A discriminated union whose every branch requires an object: then at most one branch can match
 * (the one whose const the discriminator holds), and a non-object matches none. A branch that
 * allowed other values would match them without any discriminator, so such a union is not dispatched.
 */
export function dispatchable(schema: JsonSchema, definitions: Definitions): Dispatch | undefined {
  const union = discriminated(schema, definitions);
  if (union === undefined) return undefined;
  return union.branches.every((branch) => requiresObject(branch.schema, definitions)) ? union : undefined;
}

const MAX_DEPTH = 16;

function requiresObject(schema: JsonSchema, definitions: Definitions, depth = 0): boolean {
  const resolved = resolveRefs(schema, definitions);
  if (resolved === undefined || depth > MAX_DEPTH) return false;
  const types = typeNames(resolved);
  if (types.length > 0) return types.every((type) => type === 'object');
  return (resolved.allOf ?? []).some((branch) => requiresObject(branch, definitions, depth + 1));
}

/**
 * The property names strict mode accepts on an `allOf` schema: those declared or required by any
 * branch (bases included). Undefined when strict mode has nothing to check: no branch declares
 * properties, or one states `additionalProperties` (a map, or closed).
 */
export function allOfStrictNames(schema: JsonSchema, definitions: Definitions): string[] | undefined {
  const parts = allOfParts(schema, definitions, 0);
  if (parts.some((part) => part.additionalProperties !== undefined)) return undefined;
  if (!parts.some((part) => part.properties !== undefined)) return undefined;
  const flat = flattenAllOf(schema, definitions);
  return [...new Set([...Object.keys(flat.properties ?? {}), ...(flat.required ?? [])])];
}

/** The schema and every `allOf` branch under it, `$ref`s resolved. */
function allOfParts(schema: JsonSchema, definitions: Definitions, depth: number): JsonSchema[] {
  if (depth > MAX_DEPTH) return [schema];
  const branches = (schema.allOf ?? []).flatMap((branch) => {
    const resolved = resolveRefs(branch, definitions);
    return resolved === undefined ? [] : allOfParts(resolved, definitions, depth + 1);
  });
  return [schema, ...branches];
}
