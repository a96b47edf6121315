// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The fixed runtime of the generated validators (package/src/validators.ts imports it): the public
 * result types and the small helpers the compiled schemas call. Nothing here depends on the catalog.
 *
 * Self-contained (no imports) and free of side effects at load time: every export is a function
 * declaration, a type or a constant initialised without a call, so a bundler drops the helpers a
 * validator does not use. Only own properties are data: a property is present when it is the
 * object's own and not undefined (a polluted Object.prototype or an inherited value never counts).
 */
import { $dateTime } from './formats.js';
import type { WireNormalization } from './wire-normalization.js';

/** One problem found in a value. */
export interface ValidationError {
  /** JSON Pointer (RFC 6901) to the offending value; '' is the value itself. */
  path: string;
  message: string;
  /** What the schema allows there, e.g. "string", "date-time", "CommunicationIdentifier". */
  expected: string;
  /** What was found: a type name ("number", "null", "array", …), a short rendering of the value, or "missing". */
  received: string;
}

/**
 * On success, `value` is the data in its canonical form and `normalized` lists the documented wire
 * variants that were rewritten to reach it (only events with documented variants report it).
 */
export type ValidationResult<T> =
  { ok: true; value: T; normalized?: WireNormalization[] } | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /**
   * Report properties an object schema does not declare, and reject the documented wire variants
   * (forms the sources disagree on, which are otherwise accepted and normalized). Off by default:
   * Azure adds fields to events without notice, and the validators accept them.
   */
  strict?: boolean;
  /**
   * At most this many errors are reported for one value (default 100); the others are only counted,
   * in a last "… and N more errors" entry, so a value with millions of wrong items cannot make
   * millions of error objects. A positive integer or Infinity; any other value means the default.
   */
  maxErrors?: number;
}

// ── Properties and objects ──────────────────────────────────────────────────────────────────────

export const $hasOwn: (v: PropertyKey) => boolean = Object.prototype.hasOwnProperty;

/**
 * Whether property k (value v) of an object is present; when it is not and `expected` is given (it
 * is required), reports it. `o` is the object when its prototype has k (then whether v is its own
 * needs a test), false when not (a value found is then the object's own).
 */
export function $has(
  e: ValidationError[],
  p: string,
  o: object | false,
  k: string,
  v: unknown,
  expected?: string,
): boolean {
  if (v !== undefined && (o === false || $hasOwn.call(o, k))) return true;
  if (expected !== undefined) $fail(e, $at(p, k), 'is required', expected, 'missing');
  return false;
}

export function $isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether v is an object (not null, not an array); reports it when it is not. */
export function $checkObject(e: ValidationError[], p: string, v: unknown): v is Record<string, unknown> {
  if ($isObject(v)) return true;
  $fail(e, p, 'must be an object', 'object', $type(v));
  return false;
}

/** Whether every own key of o is one of `known`. */
export function $onlyKeys(o: object, known: readonly string[]): boolean {
  for (const k in o) if ($hasOwn.call(o, k) && !known.includes(k)) return false;
  return true;
}

/** Reports every own key of o that is not one of `known`. */
export function $extraKeys(
  e: ValidationError[],
  p: string,
  o: Record<string, unknown>,
  known: readonly string[],
  message = 'is not a declared property (strict mode)',
): void {
  for (const k in o) {
    if ($hasOwn.call(o, k) && !known.includes(k))
      $fail(e, $at(p, k), message, 'no such property', $type(o[k]));
  }
}

// ── Error rendering ─────────────────────────────────────────────────────────────────────────────

/** The JSON type of a value, as reported in errors. */
export function $type(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

/** A short rendering of a scalar for error messages: strings JSON-quoted (and cut when long). */
export function $show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 64 ? v.slice(0, 64) + '…' : v);
  return typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : $type(v);
}

/** A property name as a JSON Pointer segment. */
export function $esc(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replaceAll('~', '~0').replaceAll('/', '~1') : key;
}

/** The JSON Pointer of property k of the value at p. */
export function $at(p: string, k: string): string {
  return p + '/' + $esc(k);
}

/** Reading the value threw (a getter or a proxy) or it nests deeper than the stack allows. */
export function $crash(): ValidationError {
  return {
    path: '',
    message: 'could not be validated: reading it threw an exception or it nests too deeply',
    expected: 'JSON data',
    received: 'exception',
  };
}

/** An error list made by $errors: it keeps `max` errors and counts the others in `more`. */
interface CappedErrors extends Array<ValidationError> {
  max?: number;
  more?: number;
}

/** How many errors past the cap are counted before validation stops (then "at least N more"). */
const COUNTED_PAST_CAP = 10_000;

/** Thrown by $fail to stop validation once COUNTED_PAST_CAP errors past the cap were counted. */
const STOP = { stop: 'error cap' };

/** A new, empty error list that keeps at most `max` errors (100 unless `max` is a positive number). */
export function $errors(max: number | undefined): ValidationError[] {
  const e: CappedErrors = [];
  e.max = typeof max === 'number' && max >= 1 ? Math.floor(max) : 100;
  e.more = 0;
  return e;
}

/**
 * Records one error (a call instead of an object literal at every place that reports one keeps the
 * module small); past the list's cap it is only counted, and counting stops validation after
 * COUNTED_PAST_CAP, so millions of wrong items cost neither millions of objects nor their time.
 */
export function $fail(
  e: ValidationError[],
  path: string,
  message: string,
  expected: string,
  received: string,
): void {
  const capped = e as CappedErrors;
  if (capped.max === undefined || e.length < capped.max) e.push({ path, message, expected, received });
  else if (++capped.more! === COUNTED_PAST_CAP) throw STOP;
}

/** What a throw during validation means: the error cap stopped it (already counted), or reading the value threw. */
export function $caught(e: ValidationError[], thrown: unknown): void {
  if (thrown !== STOP) e.push($crash());
}

/** The errors to report: a plain copy of those kept, then "… and N more errors" when some were only counted. */
export function $reported(e: ValidationError[]): ValidationError[] {
  const { max, more } = e as CappedErrors;
  const reported = e.slice();
  if (more !== undefined && more > 0) {
    const stopped = more >= COUNTED_PAST_CAP;
    const count = `${stopped ? 'at least ' : ''}${more}`;
    reported.push({
      path: '',
      message: `… and ${count} more error${more === 1 ? '' : 's'} (only the first ${max} are reported: the maxErrors option${stopped ? '; validation stopped there' : ''})`,
      expected: `at most ${max} errors`,
      received: `${stopped ? 'at least ' : ''}${e.length + more} errors`,
    });
  }
  return reported;
}

/**
 * validateX of a schema without wire forms: the guard first, so a valid value costs only the guard;
 * the error list is built only when the guard rejects the value (or throws: then the check reports why).
 */
export function $validate<T>(
  is: (v: unknown, s: boolean) => boolean,
  check: (v: unknown, p: string, e: ValidationError[], s: boolean) => void,
  value: unknown,
  options: ValidateOptions | undefined,
): ValidationResult<T> {
  const strict = options?.strict === true;
  try {
    if (is(value, strict)) return { ok: true, value: value as T };
  } catch {
    // reported by the check below
  }
  const errors = $errors(options?.maxErrors);
  try {
    check(value, '', errors, strict);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: value as T } : { ok: false, errors: $reported(errors) };
}

/** A frozen lookup table without a prototype: no "__proto__" or "constructor" entries by accident. */
export function $nullProto<T extends object>(entries: T): Readonly<T> {
  return Object.freeze(Object.assign<object, T>(Object.create(null) as object, entries));
}

// ── Formats ─────────────────────────────────────────────────────────────────────────────────────

export { $dateTime, $duration, $int32, $int64 } from './formats.js';

/** The message for a string that is not an RFC 3339 date-time (the emitter states it too, for inline checks). */
const DATE_TIME_MESSAGE = 'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"';

// ── Properties of the common kinds ──────────────────────────────────────────────────────────────
// One check per kind: presence, requiredness and the kind's test in one call (most properties are
// one of these); it reports a property missing (unless optional) or present and wrong. Guards
// compile the same tests inline.

export function $checkStringProperty(
  e: ValidationError[],
  p: string,
  o: object | false,
  k: string,
  v: unknown,
  optional?: boolean,
): void {
  if (!$has(e, p, o, k, v, optional ? undefined : 'string')) return;
  if (typeof v !== 'string') $fail(e, $at(p, k), 'must be a string', 'string', $type(v));
}

export function $checkIntegerProperty(
  e: ValidationError[],
  p: string,
  o: object | false,
  k: string,
  v: unknown,
  optional?: boolean,
): void {
  if (!$has(e, p, o, k, v, optional ? undefined : 'integer')) return;
  if (typeof v !== 'number' || !Number.isInteger(v))
    $fail(e, $at(p, k), 'must be an integer', 'integer', $type(v));
}

export function $checkNumberProperty(
  e: ValidationError[],
  p: string,
  o: object | false,
  k: string,
  v: unknown,
  optional?: boolean,
): void {
  if (!$has(e, p, o, k, v, optional ? undefined : 'number')) return;
  if (typeof v !== 'number' || !Number.isFinite(v))
    $fail(e, $at(p, k), 'must be a number', 'number', $type(v));
}

export function $checkBooleanProperty(
  e: ValidationError[],
  p: string,
  o: object | false,
  k: string,
  v: unknown,
  optional?: boolean,
): void {
  if (!$has(e, p, o, k, v, optional ? undefined : 'boolean')) return;
  if (typeof v !== 'boolean') $fail(e, $at(p, k), 'must be a boolean', 'boolean', $type(v));
}

export function $checkDateTimeProperty(
  e: ValidationError[],
  p: string,
  o: object | false,
  k: string,
  v: unknown,
  optional?: boolean,
): void {
  if (!$has(e, p, o, k, v, optional ? undefined : 'date-time')) return;
  if (typeof v !== 'string') $fail(e, $at(p, k), 'must be a string', 'string', $type(v));
  else if (!$dateTime(v)) $fail(e, $at(p, k), DATE_TIME_MESSAGE, 'date-time', $show(v));
}
