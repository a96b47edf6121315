import type { ErrorObject } from 'ajv';
import { describeValue, type PathSegment } from '../model/diagnostic.ts';
import { parsePointer } from '../model/json-patch.ts';

/** An Ajv error rewritten as "expected …, found …" at a path of keys and indices. */
export interface SchemaProblem {
  path: PathSegment[];
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
  message: string;
}

/** Turns Ajv errors (run with `verbose: true`) into short, user-facing problems. */
export function describeAjvErrors(errors: readonly ErrorObject[], root: unknown): SchemaProblem[] {
  const kept = errors.filter((error) => !isNoiseFromCombinator(error, errors));
  const problems = kept.map((error) => describeOne(error, root));
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** anyOf/oneOf/if report once more what their branches said; keep only the branches. */
function isNoiseFromCombinator(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf' && error.keyword !== 'if') return false;
  return all.some(
    (other) =>
      other !== error && other.instancePath.startsWith(error.instancePath) && other.keyword !== error.keyword,
  );
}

function describeOne(error: ErrorObject, root: unknown): SchemaProblem {
  const path = pointerToPath(error.instancePath, root);
  const found = describeValue(error.data);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const expected = known.length > 0 ? `one of ${known.join(', ')}` : 'no other keys';
      return { path: [...path, key], atKey: true, message: `unknown key "${key}": expected ${expected}` };
    }
    case 'required':
      return {
        path,
        atKey: false,
        message: `missing key "${String(params.missingProperty)}": expected it, found none`,
      };
    case 'type':
      return {
        path,
        atKey: false,
        message: `expected ${String(params.type).replace(',', ' or ')}, found ${found}`,
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      return { path, atKey: false, message: `expected one of ${allowed}, found ${found}` };
    }
    case 'const':
      return {
        path,
        atKey: false,
        message: `expected ${JSON.stringify(params.allowedValue)}, found ${found}`,
      };
    case 'pattern':
      return {
        path,
        atKey: false,
        message: `expected a string matching ${String(params.pattern)}, found ${found}`,
      };
    case 'minimum':
      return { path, atKey: false, message: `expected a number >= ${String(params.limit)}, found ${found}` };
    case 'format':
      return { path, atKey: false, message: `expected a ${String(params.format)} string, found ${found}` };
    case 'minItems': {
      const length = Array.isArray(error.data) ? error.data.length : 0;
      return {
        path,
        atKey: false,
        message: `expected at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}, found ${length === 0 ? 'an empty list' : length}`,
      };
    }
    case 'propertyNames':
      return { path, atKey: true, message: `invalid key name ${JSON.stringify(params.propertyName)}` };
    default:
      return {
        path,
        atKey: false,
        message: `expected a value that ${error.message ?? 'is valid'}, found ${found}`,
      };
  }
}

/** JSON Pointer to path segments; indices become numbers where the value at that point is an array. */
export function pointerToPath(pointer: string, root: unknown): PathSegment[] {
  const out: PathSegment[] = [];
  let node: unknown = root;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node) && /^\d+$/.test(token)) {
      out.push(Number(token));
      node = node[Number(token)];
    } else {
      out.push(token);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
    }
  }
  return out;
}
