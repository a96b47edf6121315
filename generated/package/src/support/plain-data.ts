// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * JSON-like data (plain objects and arrays) handled without surprises: own properties only, a
 * "__proto__" key stays a key, copies share nothing. Self-contained: shipped in the package.
 */

export const hasOwn = (object: object, name: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, name);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Defines a property (never the prototype, even for a "__proto__" key). */
export function define(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy of JSON-like data (plain objects and arrays; other values are shared). */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => clone(item)) as T;
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(value)) define(copy, name, clone(value[name]));
  return copy as T;
}

/** `base` with `patch` merged in, both untouched: plain objects merge, anything else replaces, undefined is skipped. */
export function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return clone(base);
  if (!isRecord(base) || !isRecord(patch)) return clone(patch);
  const merged = clone<Record<string, unknown>>(base);
  for (const name of Object.keys(patch)) {
    if (patch[name] !== undefined)
      define(merged, name, merge(hasOwn(base, name) ? base[name] : undefined, patch[name]));
  }
  return merged;
}

/** What a deep-frozen value is: every object and array in it read-only, so an assignment does not compile. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** Freezes `value` and everything it holds; the result is typed read-only all the way down. */
export function frozen<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const name of Object.keys(value)) frozen((value as Record<string, unknown>)[name]);
  }
  return value as DeepReadonly<T>;
}

/** The property names of a JSON Pointer (RFC 6901), unescaped: `/a~1b/0` → `['a/b', '0']`. */
export function pointerNames(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The value at a JSON Pointer, or undefined. */
export function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const name of pointerNames(pointer)) {
    if (current === null || typeof current !== 'object' || !hasOwn(current, name)) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}
