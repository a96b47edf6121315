// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Documented wire forms, applied before an event's data is checked against its (canonical) schema.
 * Where the sources disagree about how a field is written, the catalog decides per form (an erratum's
 * `wire`): a `variant` is accepted and normalized to the canonical form (strict mode rejects it); a
 * `doc-error` is rejected with the erratum and the fix. The generated validators.ts holds each
 * event's table of forms; this module is catalog-free. The input is never modified: the objects on
 * the way to a normalized property are copied. Shipped in the package.
 */
import { $at, type ValidationError } from './validation.js';

/** One documented form of one property (the generated tables are of this shape). */
export interface WireForm {
  /** The catalog erratum that records it. */
  readonly erratum: string;
  readonly decision: 'variant' | 'doc-error';
  /** Property names from `data` to the object holding the property. */
  readonly parent: readonly string[];
  /** The canonical name. */
  readonly name: string;
  /** How the docs write it: under another name, (an integer) as a string of digits, or (a date-time, a doc error) as .NET's en-US rendering. */
  readonly published: { readonly name: string } | 'digit-string' | 'dotnet-date-time';
}

/** What validation changed to reach the canonical form. */
export interface WireNormalization {
  /** The catalog erratum that documents the published form (see the package's errata page). */
  erratum: string;
  /** JSON Pointer of the canonical property (relative to the value validated, `/data/…` in parse results). */
  path: string;
  /** `name`: the property was published under another name; `value`: its value was written differently. */
  kind: 'name' | 'value';
  from: unknown;
  to: unknown;
}

/** At most 15 digits: every such number is exact in a double. */
const DIGIT_STRING = /^(0|[1-9][0-9]{0,14})$/;
/** .NET's en-US rendering of a DateTimeOffset: `3/28/2007 7:13:50 PM +00:00`. */
const DOTNET_DATE_TIME =
  /^[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4} [0-9]{1,2}:[0-9]{2}:[0-9]{2} [AP]M [+-][0-9]{2}:[0-9]{2}$/;

function ownValue(object: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key)
    ? (object as Record<string, unknown>)[key]
    : undefined;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `object` with `from` renamed to `to` (same position) and `to` set to `value`. */
function rewritten(object: object, from: string, to: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const put = (key: string, v: unknown) =>
    Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true });
  for (const key of Object.keys(object))
    put(key === from ? to : key, key === from ? value : ownValue(object, key));
  return copy;
}

/**
 * `value` with every variant form in `forms` normalized, reporting doc errors (and, in strict mode,
 * variants) into `errors` and each normalization into `normalized`.
 */
export function $wireForms(
  value: unknown,
  forms: readonly WireForm[],
  strict: boolean,
  errors: ValidationError[],
  normalized: WireNormalization[],
): unknown {
  let result = value;
  for (const form of forms) result = applyForm(result, form, strict, errors, normalized);
  return result;
}

function applyForm(
  root: unknown,
  form: WireForm,
  strict: boolean,
  errors: ValidationError[],
  normalized: WireNormalization[],
): unknown {
  const chain: object[] = [];
  let node = root;
  let at = '';
  for (const step of form.parent) {
    if (!isObject(node)) return root;
    chain.push(node);
    node = ownValue(node, step);
    at = $at(at, step);
  }
  if (!isObject(node)) return root;
  const fix = `(erratum ${form.erratum})`;
  let from: string;
  let replacement: unknown;
  let change: WireNormalization;
  if (form.published === 'dotnet-date-time') {
    const published = ownValue(node, form.name);
    if (typeof published === 'string' && DOTNET_DATE_TIME.test(published))
      errors.push({
        path: $at(at, form.name),
        message: `is a .NET date, a documentation error ${fix}: write an RFC 3339 date-time, e.g. "2007-03-28T19:13:50+00:00"`,
        expected: 'date-time',
        received: JSON.stringify(published),
      });
    return root;
  }
  if (form.published === 'digit-string') {
    const published = ownValue(node, form.name);
    if (typeof published !== 'string' || !DIGIT_STRING.test(published)) return root;
    const path = $at(at, form.name);
    if (form.decision === 'doc-error') {
      errors.push({
        path,
        message: `is a digit string, a documentation error ${fix}: write the number ${published}`,
        expected: 'integer',
        received: 'string',
      });
      return root;
    }
    if (strict)
      errors.push({
        path,
        message: `is a digit string, a documented variant of an integer ${fix}: rejected in strict mode`,
        expected: 'integer',
        received: 'string',
      });
    from = form.name;
    replacement = Number(published);
    change = { erratum: form.erratum, path, kind: 'value', from: published, to: replacement };
  } else {
    from = form.published.name;
    replacement = ownValue(node, from);
    if (replacement === undefined) return root;
    const path = $at(at, from);
    const expected = JSON.stringify(form.name);
    if (form.decision === 'doc-error') {
      errors.push({
        path,
        message: `is a documentation error ${fix}: did you mean \`${form.name}\`?`,
        expected,
        received: JSON.stringify(from),
      });
      return root;
    }
    if (ownValue(node, form.name) !== undefined) {
      errors.push({
        path,
        message: `is a documented variant of \`${form.name}\` ${fix}, which is present too: send one of them`,
        expected: 'one of the two',
        received: 'both',
      });
      return root;
    }
    if (strict)
      errors.push({
        path,
        message: `is a documented variant of \`${form.name}\` ${fix}: rejected in strict mode`,
        expected,
        received: JSON.stringify(from),
      });
    change = { erratum: form.erratum, path: $at(at, form.name), kind: 'name', from, to: form.name };
  }
  normalized.push(change);
  let copy: unknown = rewritten(node, from, form.name, replacement);
  for (let i = chain.length - 1; i >= 0; i--)
    copy = rewritten(chain[i]!, form.parent[i]!, form.parent[i]!, copy);
  return copy;
}
