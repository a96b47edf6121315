// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* JSON-like data (plain objects and arrays) handled without surprises: own properties only, a
* "__proto__" key stays a key, copies share nothing. Self-contained: shipped in the package.
*/
export declare const hasOwn: (object: object, name: string) => boolean;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** Defines a property (never the prototype, even for a "__proto__" key). */
export declare function define(target: Record<string, unknown>, name: string, value: unknown): void;
/** A deep copy of JSON-like data (plain objects and arrays; other values are shared). */
export declare function clone<T>(value: T): T;
/** `base` with `patch` merged in, both untouched: plain objects merge, anything else replaces, undefined is skipped. */
export declare function merge(base: unknown, patch: unknown): unknown;
/** What a deep-frozen value is: every object and array in it read-only, so an assignment does not compile. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown ? T : T extends readonly (infer Item)[] ? readonly DeepReadonly<Item>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** Freezes `value` and everything it holds; the result is typed read-only all the way down. */
export declare function frozen<T>(value: T): DeepReadonly<T>;
/** The property names of a JSON Pointer (RFC 6901), unescaped: `/a~1b/0` → `['a/b', '0']`. */
export declare function pointerNames(pointer: string): string[];
/** The value at a JSON Pointer, or undefined. */
export declare function valueAt(value: unknown, pointer: string): unknown;
