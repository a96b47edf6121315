/**
 * The fixed parts of validators.ts: the public result types and the small runtime helpers the
 * compiled schemas call. Helpers are emitted only when used (the module must compile cleanly
 * under noUnusedLocals too).
 */
import { id, lit, render, ts, type Code, type Lines } from '../../syntax/ts-code.ts';
import { typeFails, typeHolds, typeMessage, type LeafKind } from './validator-conditions.ts';
import { DATE_TIME_MESSAGE, dateTimeRuntime } from './validator-date-time.ts';
import { LEAF_HELPERS, RUNTIME_HELPERS, type RuntimeHelper } from './validator-scope.ts';

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

const FIXED_HELPER_CODE: Partial<Record<RuntimeHelper, () => Lines>> = {
  $hasOwn: () => [ts`const $hasOwn = Object.prototype.hasOwnProperty;`],
  $own: () => [
    ts`/** Only own properties are data: a property is present when it is the object's own and not undefined. */`,
    ts`function $own(o: object, k: string, v: unknown): boolean {`,
    [ts`return v !== undefined && $hasOwn.call(o, k);`],
    ts`}`,
  ],
  $has: () => [
    ts`/** Whether property k (value v) is present; when it is not and \`expected\` is given (it is required), reports it. */`,
    ts`function $has(e: ValidationError[], p: string, o: object, k: string, v: unknown, expected?: string): boolean {`,
    [
      ts`if (v !== undefined && $hasOwn.call(o, k)) return true;`,
      ts`if (expected !== undefined) $fail(e, $at(p, k), "is required", expected, "missing");`,
      ts`return false;`,
    ],
    ts`}`,
  ],
  $isObject: () => [
    ts`function $isObject(v: unknown): v is Record<string, unknown> {`,
    [ts`return typeof v === "object" && v !== null && !Array.isArray(v);`],
    ts`}`,
  ],
  $checkObject: () => [
    ts`/** Whether v is an object (not null, not an array); reports it when it is not. */`,
    ts`function $checkObject(e: ValidationError[], p: string, v: unknown): v is Record<string, unknown> {`,
    [
      ts`if ($isObject(v)) return true;`,
      ts`$fail(e, p, ${lit(typeMessage('object'))}, "object", $type(v));`,
      ts`return false;`,
    ],
    ts`}`,
  ],
  $onlyKeys: () => [
    ts`/** Whether every own key of o is one of \`known\`. */`,
    ts`function $onlyKeys(o: object, known: readonly string[]): boolean {`,
    [ts`for (const k in o) if ($hasOwn.call(o, k) && !known.includes(k)) return false;`, ts`return true;`],
    ts`}`,
  ],
  $extraKeys: () => [
    ts`/** Reports every own key of o that is not one of \`known\`. */`,
    ts`function $extraKeys(e: ValidationError[], p: string, o: Record<string, unknown>, known: readonly string[], message = "is not a declared property (strict mode)"): void {`,
    [
      ts`for (const k in o) {`,
      [
        ts`if ($hasOwn.call(o, k) && !known.includes(k)) $fail(e, $at(p, k), message, "no such property", $type(o[k]));`,
      ],
      ts`}`,
    ],
    ts`}`,
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
    ts`/** A short rendering of a scalar for error messages: strings JSON-quoted (and cut when long). */`,
    ts`function $show(v: unknown): string {`,
    [
      ts`if (typeof v === "string") return JSON.stringify(v.length > 64 ? v.slice(0, 64) + "…" : v);`,
      ts`return typeof v === "number" || typeof v === "boolean" || v === null ? String(v) : $type(v);`,
    ],
    ts`}`,
  ],
  $esc: () => [
    ts`/** A property name as a JSON Pointer segment. */`,
    ts`function $esc(key: string): string {`,
    [
      ts`return key.includes("~") || key.includes("/") ? key.replaceAll("~", "~0").replaceAll("/", "~1") : key;`,
    ],
    ts`}`,
  ],
  $at: () => [
    ts`/** The JSON Pointer of property k of the value at p. */`,
    ts`function $at(p: string, k: string): string {`,
    [ts`return p + "/" + $esc(k);`],
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

/** What a leaf kind's value must be, past being present. */
function leafTest(kind: LeafKind, v: Code): Code {
  return kind === 'date-time' ? ts`typeof ${v} === "string" && $dateTime(${v})` : typeHolds(kind, v);
}

/** The guard helper of a leaf kind: false when the property is missing (unless optional), or present and wrong. */
function leafGuard(kind: LeafKind): Lines {
  return [
    ts`function ${id(LEAF_HELPERS[kind].guard)}(o: object, k: string, v: unknown, optional?: boolean): boolean {`,
    [ts`return v === undefined || !$hasOwn.call(o, k) ? optional === true : ${leafTest(kind, ts`v`)};`],
    ts`}`,
  ];
}

/** The check helper of a leaf kind: reports the property missing (unless optional), of the wrong type, or not a date-time. */
function leafCheck(kind: LeafKind): Lines {
  const type = kind === 'date-time' ? 'string' : kind;
  const v = ts`v`;
  const wrongType = ts`if (${typeFails(type, v)}) $fail(e, $at(p, k), ${lit(typeMessage(type))}, ${lit(type)}, $type(v));`;
  return [
    ts`function ${id(LEAF_HELPERS[kind].check)}(e: ValidationError[], p: string, o: object, k: string, v: unknown, optional?: boolean): void {`,
    [
      ts`if (!$has(e, p, o, k, v, optional ? undefined : ${lit(kind)})) return;`,
      wrongType,
      ...(kind === 'date-time'
        ? [ts`else if (!$dateTime(v)) $fail(e, $at(p, k), ${lit(DATE_TIME_MESSAGE)}, "date-time", $show(v));`]
        : []),
    ],
    ts`}`,
  ];
}

const HELPER_CODE: Partial<Record<RuntimeHelper, () => Lines>> = {
  ...FIXED_HELPER_CODE,
  ...Object.fromEntries(
    (Object.keys(LEAF_HELPERS) as LeafKind[]).flatMap((kind) => [
      [LEAF_HELPERS[kind].guard, () => leafGuard(kind)],
      [LEAF_HELPERS[kind].check, () => leafCheck(kind)],
    ]),
  ),
};

/** The helpers a helper's code calls, read from the code itself. */
function dependencies(name: RuntimeHelper): RuntimeHelper[] {
  const code = render(HELPER_CODE[name]!());
  return RUNTIME_HELPERS.filter((other) => other !== name && new RegExp(`\\${other}\\b`).test(code));
}

/** The helpers in `used` (and everything they need), in a fixed order, blank-line separated. */
export function runtimeHelpers(used: ReadonlySet<string>): Lines {
  const needed = new Set<string>();
  const need = (name: string) => {
    if (needed.has(name)) return;
    needed.add(name);
    for (const dependency of dependencies(name as RuntimeHelper)) need(dependency);
  };
  for (const name of used) need(name);
  const lines: (Lines | ReturnType<typeof ts>)[] = [];
  for (const name of RUNTIME_HELPERS) {
    if (!needed.has(name)) continue;
    if (lines.length > 0) lines.push(ts``);
    lines.push(...HELPER_CODE[name]!());
  }
  return lines;
}
