// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * Reading a webhook body into classified events, whatever the catalog: the generated parse.ts
 * supplies the validators (envelopes, and data by event type) and narrows the results to the
 * catalog's types. Never throws, never writes to what it is given, and stays within the limits
 * (parse-limits.ts). What it validates is a snapshot of the caller's data (data-snapshot.ts), and the
 * snapshot is what it returns. Shipped in the package.
 */
import { readBody, tooLargeError, tooManyEvents } from './body-reading.js';
import { takeSnapshot, type SnapshotBudget } from './data-snapshot.js';
import { diagnoseEnvelope, everydayCloud } from './envelope-diagnosis.js';
import { resolveLimits, type ParseLimits, type ResolvedLimits } from './parse-limits.js';
import { isRecord } from './plain-data.js';
import type { ValidationError } from './validation.js';
import type { WireNormalization } from './wire-normalization.js';

export type { ParseLimits } from './parse-limits.js';

/** One problem found, as the validators report it. */
export interface ReportedError {
  path: string;
  message: string;
  expected: string;
  received: string;
}

/** What a data validator rewrote to reach the canonical form (a documented wire variant). */
export interface Normalization {
  erratum: string;
  path: string;
  kind: 'name' | 'value';
  from: unknown;
  to: unknown;
}

export type Validate<TOptions> = (
  value: unknown,
  options?: TOptions,
) => { ok: true; value: unknown; normalized?: Normalization[] } | { ok: false; errors: ReportedError[] };

/** A type guard: the verdict of a validator on a valid value, without building a result. */
export type Guard = (value: unknown) => boolean;

/** How one event type's data is checked. */
export interface DataCheck<TOptions> {
  validate: Validate<TOptions>;
  /**
   * The type's guard when its validator returns valid data unchanged (no documented wire forms to
   * normalize): then, unless strict, the guard's yes is the validator's `ok`, at the cost of a call.
   */
  guard: Guard | undefined;
}

/** The validators a parser dispatches through. */
export interface EventValidators<TOptions> {
  eventGrid: Validate<TOptions>;
  cloudEvent: Validate<TOptions>;
  /** The envelopes' guards (their validators have no wire forms): see DataCheck.guard. */
  eventGridGuard: Guard;
  cloudEventGuard: Guard;
  /**
   * The data check of each known event type. A Map: an event type read from a body is a string
   * V8 has not internalized, which an object's property lookup must first look up in its string table.
   */
  data: ReadonlyMap<string, DataCheck<TOptions>>;
}

/**
 * The data checks of a catalog: each type's validator, with its guard unless the type has wire forms
 * (`rewriting`: its validator may return other data than it was given, and report a published form).
 */
export function dataChecks<TOptions>(
  validators: Readonly<Record<string, Validate<TOptions>>>,
  guards: Readonly<Record<string, Guard>>,
  rewriting: readonly string[],
): ReadonlyMap<string, DataCheck<TOptions>> {
  return new Map(
    Object.keys(validators).map((type) => [
      type,
      { validate: validators[type]!, guard: rewriting.includes(type) ? undefined : guards[type] },
    ]),
  );
}

/** Whether validation is strict (the guards then do not decide: they accept undeclared properties). */
const isStrict = (options: { strict?: unknown } | null | undefined): boolean => options?.strict === true;

/**
 * One event of a body, classified; parse.ts narrows `event` to the catalog's types. `event` is a
 * snapshot (plain data, never the caller's object); `raw` is the event as received; `eventType` is
 * the type an invalid event names, when it names one as a string.
 */
export type ClassifiedEvent =
  | { status: 'valid'; schema: 'eventgrid' | 'cloudevents'; event: unknown; normalized: Normalization[] }
  | { status: 'unknown'; schema: 'eventgrid' | 'cloudevents'; event: unknown }
  | { status: 'invalid'; errors: ReportedError[]; raw: unknown; eventType?: string };

/**
 * One event of a webhook body, classified, with a catalog's event types (parse.ts binds them). A
 * valid event is in its canonical form: `normalized` lists the documented wire variants rewritten to
 * reach it (each with its erratum; empty for most events); `{ strict: true }` rejects them instead.
 */
export type ParsedEventOf<TEvent, TCloudEvent, TUnknownEvent, TUnknownCloudEvent> =
  | { status: 'valid'; schema: 'eventgrid'; event: TEvent; normalized: WireNormalization[] }
  | { status: 'valid'; schema: 'cloudevents'; event: TCloudEvent; normalized: WireNormalization[] }
  | { status: 'unknown'; schema: 'eventgrid'; event: TUnknownEvent }
  | { status: 'unknown'; schema: 'cloudevents'; event: TUnknownCloudEvent }
  | { status: 'invalid'; errors: ValidationError[]; raw: unknown; eventType?: string };

function invalid(raw: unknown, errors: ReportedError[], eventType?: string): ClassifiedEvent {
  return eventType === undefined
    ? { status: 'invalid', errors, raw }
    : { status: 'invalid', errors, raw, eventType };
}

/** Exotic inputs (revoked proxies, throwing getters or traps) become an 'invalid' result, never a throw. */
function uninspectable(raw: unknown, error: unknown): ClassifiedEvent {
  const reason = error instanceof Error ? error.message : 'the value could not be read';
  return invalid(raw, [
    {
      path: '',
      message: `value could not be inspected: ${reason}`,
      expected: 'plain JSON data',
      received: 'an exotic object',
    },
  ]);
}

function prefixed(errors: readonly ReportedError[], prefix: string): ReportedError[] {
  return prefix === ''
    ? (errors as ReportedError[])
    : errors.map((error) => ({ ...error, path: prefix + error.path }));
}

const budgetOf = (limits: ResolvedLimits): SnapshotBudget => ({
  bytes: limits.maxBodyBytes,
  maxBytes: limits.maxBodyBytes,
  maxDepth: limits.maxDepth,
});

/** Classifies one Event Grid schema or CloudEvents 1.0 event (parsed JSON). Never throws. */
export function classifyEvent<TOptions extends ParseLimits>(
  validators: EventValidators<TOptions>,
  value: unknown,
  options?: TOptions,
): ClassifiedEvent {
  try {
    const limits = resolveLimits(options);
    const snapshot = takeSnapshot(value, 0, budgetOf(limits));
    if (!snapshot.ok) return invalid(value, [snapshot.error]);
    return classifySnapshot(validators, value, snapshot.value, '', options);
  } catch (error) {
    return uninspectable(value, error);
  }
}

/** The path of an event in its body: '' for a single event, else its index in the batch. */
type EventPlace = '' | number;
/** The path prefix of the errors of an event at `place`, built only for an error (a valid event needs none). */
const pathOf = (place: EventPlace): string => (place === '' ? '' : `/${place}`);

/** Validates a snapshot (plain data: reading it has no effects and cannot throw). */
function classifySnapshot<TOptions>(
  validators: EventValidators<TOptions>,
  raw: unknown,
  event: unknown,
  place: EventPlace,
  options: TOptions | undefined,
): ClassifiedEvent {
  if (!isRecord(event)) {
    const prefix = pathOf(place);
    const envelope = validators.eventGrid(event, options);
    return invalid(raw, envelope.ok ? [] : prefixed(envelope.errors, prefix));
  }
  const strict = isStrict(options as { strict?: unknown } | undefined);
  // An everyday event with a valid envelope (the guard's yes, unless strict): its type is a string
  // under its envelope's name.
  const everyday = strict ? undefined : everydayCloud(event);
  if (everyday !== undefined && (everyday ? validators.cloudEventGuard : validators.eventGridGuard)(event)) {
    const type = (everyday ? event.type : event.eventType) as string;
    return classifyData(validators, raw, event, everyday, type, place, options, strict);
  }
  const diagnosis = diagnoseEnvelope(event);
  const { cloud, eventType } = diagnosis;
  const envelope = (cloud ? validators.cloudEvent : validators.eventGrid)(event, options);
  if (!envelope.ok || diagnosis.errors.length > 0) {
    const prefix = pathOf(place);
    const explained = new Set(diagnosis.explained.map((field) => '/' + field));
    const rest = envelope.ok
      ? []
      : envelope.errors.filter((error) => !(error.received === 'missing' && explained.has(error.path)));
    return invalid(raw, prefixed([...diagnosis.errors, ...rest], prefix), eventType);
  }
  return classifyData(validators, raw, event, cloud, eventType!, place, options, strict);
}

/** Validates the data of an event whose envelope is valid (and names `type`). */
function classifyData<TOptions>(
  validators: EventValidators<TOptions>,
  raw: unknown,
  event: Record<string, unknown>,
  cloud: boolean,
  type: string,
  place: EventPlace,
  options: TOptions | undefined,
  strict: boolean,
): ClassifiedEvent {
  const schema = cloud ? 'cloudevents' : 'eventgrid';
  const check = validators.data.get(type);
  if (check === undefined) return { status: 'unknown', schema, event };
  const value = event.data;
  if (!strict && check.guard !== undefined && check.guard(value))
    return { status: 'valid', schema, event, normalized: [] };
  const data = check.validate(value, options);
  if (!data.ok) return invalid(raw, prefixed(data.errors, pathOf(place) + '/data'), type);
  if (data.normalized === undefined || data.normalized.length === 0)
    return { status: 'valid', schema, event, normalized: [] };
  // A documented wire variant was normalized: the event carries the canonical data, the input is untouched.
  const prefix = pathOf(place);
  const normalized = data.normalized.map((change) => ({ ...change, path: prefix + '/data' + change.path }));
  return { status: 'valid', schema, event: { ...event, data: data.value }, normalized };
}

/**
 * One result per event of a raw webhook body — a string, bytes, or already-parsed JSON; one event or
 * an array. Never throws: a body that cannot be read, or that breaks a limit of the body (size,
 * depth of a text, events per batch), gives a single 'invalid' result.
 */
export function classifyEvents<TOptions extends ParseLimits>(
  validators: EventValidators<TOptions>,
  body: unknown,
  options?: TOptions,
): ClassifiedEvent[] {
  try {
    return classifyBody(validators, body, options);
  } catch (error) {
    return [uninspectable(body, error)];
  }
}

function classifyBody<TOptions extends ParseLimits>(
  validators: EventValidators<TOptions>,
  body: unknown,
  options?: TOptions,
): ClassifiedEvent[] {
  const limits = resolveLimits(options);
  const read = readBody(body, limits);
  if (!read.ok) return [invalid(body, [read.error])];
  return classifyValue(validators, body, read.value, read.fresh, options, limits);
}

/**
 * `classifyEvents` for a body already read as JSON (by `readBody`, within `limits`): `fresh`
 * when it was parsed from text just now, so its events need no snapshot. The webhook reads the body
 * itself (a malformed one is a 400 there, not an 'invalid' event). Never throws.
 */
export function classifyReadBody<TOptions>(
  validators: EventValidators<TOptions>,
  value: unknown,
  fresh: boolean,
  limits: ResolvedLimits,
  options?: TOptions,
): ClassifiedEvent[] {
  try {
    return classifyValue(validators, value, value, fresh, options, limits);
  } catch (error) {
    return [uninspectable(value, error)];
  }
}

function classifyValue<TOptions>(
  validators: EventValidators<TOptions>,
  body: unknown,
  value: unknown,
  fresh: boolean,
  options: TOptions | undefined,
  limits: ResolvedLimits,
): ClassifiedEvent[] {
  if (value === null || typeof value !== 'object') {
    const received = value === null ? 'null' : typeof value;
    const message = `body must be one event (a JSON object) or a batch (an array of events); received ${received}`;
    return [invalid(body, [{ path: '', message, expected: 'object or array', received }])];
  }
  if (!Array.isArray(value)) return [classifyOne(validators, value, '', 0, options, limits, fresh)];
  const length = value.length;
  if (length > limits.maxEvents) return [invalid(body, [tooManyEvents(length, limits)])];
  const budget = budgetOf(limits);
  budget.bytes -= 2;
  const results: ClassifiedEvent[] = [];
  // A loop, not map: a hole in a sparse array is an (invalid) event too.
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      item = value[i];
    } catch (error) {
      results.push(prefixedResult(uninspectable(undefined, error), `/${i}`));
      continue;
    }
    const result = fresh
      ? classifySnapshot(validators, item, item, i, options)
      : classifyOne(validators, item, i, 1, options, limits, false, budget);
    // The body as a whole is too large: no event of it counts.
    if (budget.bytes < 0) return [invalid(body, [tooLargeError('larger', limits)])];
    results.push(result);
  }
  return results;
}

function prefixedResult(result: ClassifiedEvent, prefix: string): ClassifiedEvent {
  return result.status === 'invalid' ? { ...result, errors: prefixed(result.errors, prefix) } : result;
}

/** One event of a body: parsed here (`fresh`: plain data already) or the caller's, then snapshot. */
function classifyOne<TOptions>(
  validators: EventValidators<TOptions>,
  raw: unknown,
  place: EventPlace,
  depth: number,
  options: TOptions | undefined,
  limits: ResolvedLimits,
  fresh: boolean,
  budget: SnapshotBudget = budgetOf(limits),
): ClassifiedEvent {
  if (fresh) return classifySnapshot(validators, raw, raw, place, options);
  const snapshot = takeSnapshot(raw, depth, budget);
  if (!snapshot.ok) return invalid(raw, prefixed([snapshot.error], pathOf(place)));
  return classifySnapshot(validators, raw, snapshot.value, place, options);
}
