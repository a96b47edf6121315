/**
 * The fixed parts of validators.ts: the public result types and the small runtime helpers the
 * compiled schemas call. Helpers are emitted only when used (the module must compile cleanly
 * under noUnusedLocals too).
 */
import { ts, type Lines } from './code.ts';
import { dateTimeRuntime } from './date-time.ts';
import type { RuntimeHelper } from './scope.ts';

export function apiTypes(): Lines {
  return [
    ts`/** One problem found in a value. */`,
    ts`export interface ValidationError {`,
    [
      ts`/** JSON Pointer (RFC 6901) to the offending value; '' is the value itself. */`,
      ts`path: string;`,
      ts`message: string;`,
      ts`/** What the schema allows there, e.g. "string", "date-time", "CommunicationIdentifier". */`,
      ts`expected: string;`,
      ts`/** What was found: a type name ("number", "null", "array", …), a short rendering of the value, or "missing". */`,
      ts`received: string;`,
    ],
    ts`}`,
    ts``,
    ts`export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };`,
    ts``,
    ts`export interface ValidateOptions {`,
    [
      ts`/**`,
      ts` * Report properties an object schema does not declare. Off by default: Azure adds fields to`,
      ts` * events without notice, and the validators accept them.`,
      ts` */`,
      ts`strict?: boolean;`,
    ],
    ts`}`,
  ];
}

const HELPER_CODE: Record<RuntimeHelper, () => Lines> = {
  $hasOwn: () => [ts`const $hasOwn = Object.prototype.hasOwnProperty;`],
  $objectPrototype: () => [
    ts`/**`,
    ts` * Only own properties are data. A property of an object whose prototype is Object.prototype (or`,
    ts` * null) is its own when Object.prototype has no such property, which is cheaper to check than`,
    ts` * hasOwnProperty; anything else (other prototypes, polluted names) takes hasOwnProperty.`,
    ts` */`,
    ts`const $objectPrototype = Object.prototype as Record<string, unknown>;`,
  ],
  $type: () => [
    ts`/** The JSON type of a value, as reported in errors. */`,
    ts`function $type(v: unknown): string {`,
    [
      ts`if (v === null) return "null";`,
      ts`if (Array.isArray(v)) return "array";`,
      ts`if (typeof v === "number" && !Number.isFinite(v)) return String(v);`,
      ts`return typeof v;`,
    ],
    ts`}`,
  ],
  $show: () => [
    ts`/** Characters JSON.stringify would escape (quotes, backslashes, controls, surrogates). */`,
    ts`const $JSON_ESCAPES = /["\\\u0000-\u001f\ud800-\udfff]/;`,
    ts``,
    ts`/** A short rendering of a scalar for error messages: strings JSON-quoted (and cut when long). */`,
    ts`function $show(v: unknown): string {`,
    [
      ts`if (typeof v === "string") {`,
      [
        ts`const cut = v.length > 64 ? v.slice(0, 64) + "…" : v;`,
        ts`return $JSON_ESCAPES.test(cut) ? JSON.stringify(cut) : '"' + cut + '"';`,
      ],
      ts`}`,
      ts`if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);`,
      ts`return $type(v);`,
    ],
    ts`}`,
  ],
  $esc: () => [
    ts`/** A property name as a JSON Pointer segment. */`,
    ts`function $esc(key: string): string {`,
    [ts`return key.replaceAll("~", "~0").replaceAll("/", "~1");`],
    ts`}`,
  ],
  $dateTime: dateTimeRuntime,
  $crash: () => [
    ts`/** Reading the value threw (a getter or a proxy) or it nests deeper than the stack allows. */`,
    ts`function $crash(): ValidationError {`,
    [
      ts`return {`,
      [
        ts`path: "",`,
        ts`message: "could not be validated: reading it threw an exception or it nests too deeply",`,
        ts`expected: "JSON data",`,
        ts`received: "exception",`,
      ],
      ts`};`,
    ],
    ts`}`,
  ],
  $fail: () => [
    ts`/** Records one error (a call instead of an object literal at every place that reports one keeps the module small). */`,
    ts`function $fail(e: ValidationError[], path: string, message: string, expected: string, received: string): void {`,
    [ts`e.push({ path, message, expected, received });`],
    ts`}`,
  ],
  $nullProto: () => [
    ts`/** A frozen lookup table without a prototype: no "__proto__" or "constructor" entries by accident. */`,
    ts`function $nullProto<T extends object>(entries: T): Readonly<T> {`,
    [ts`return Object.freeze(Object.assign(Object.create(null) as object, entries) as T);`],
    ts`}`,
  ],
};

const DEPENDENCIES: Partial<Record<RuntimeHelper, RuntimeHelper[]>> = { $show: ['$type'] };

/** The helpers in `used` (and what they need), in a fixed order, blank-line separated. */
export function runtimeHelpers(used: ReadonlySet<string>): Lines {
  const needed = new Set<string>(used);
  for (const name of used) for (const dependency of DEPENDENCIES[name as RuntimeHelper] ?? []) needed.add(dependency);
  const lines: (Lines | ReturnType<typeof ts>)[] = [];
  for (const name of Object.keys(HELPER_CODE) as RuntimeHelper[]) {
    if (!needed.has(name)) continue;
    if (lines.length > 0) lines.push(ts``);
    lines.push(...HELPER_CODE[name]());
  }
  return lines;
}
