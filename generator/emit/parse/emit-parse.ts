import { banner } from '../../syntax/banner.ts';
import type { OutputFile } from '../../model/catalog-model.ts';
import type { EmitContext } from '../../model/emit-context.ts';

/**
 * `parse.ts`: the webhook entry point. It holds no catalog text at all — it dispatches through the
 * generated validator tables — so it is written here as a fixed module.
 */
export function emitParse(_context: EmitContext): OutputFile[] {
  return [{ path: 'package/src/parse.ts', contents: banner('line') + PARSE_MODULE }];
}

const PARSE_MODULE = `
import type { AcsCloudEvent, AcsEvent, AcsEventType, CloudEvent, EventGridEvent } from './types.js';
import {
  dataValidators,
  validateCloudEvent,
  validateEventGridEvent,
  type ValidateOptions,
  type ValidationError,
} from './validators.js';

// The package targets Node >= 20 and browsers, both of which have TextDecoder; declared here so the
// package needs neither DOM nor Node type definitions.
declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };

/** One event of a webhook body, classified. */
export type ParsedEvent =
  | { status: 'valid'; schema: 'eventgrid'; event: AcsEvent }
  | { status: 'valid'; schema: 'cloudevents'; event: AcsCloudEvent }
  | { status: 'unknown'; schema: 'eventgrid'; event: EventGridEvent }
  | { status: 'unknown'; schema: 'cloudevents'; event: CloudEvent }
  | { status: 'invalid'; errors: ValidationError[]; raw: unknown };

const hasOwn = (object: object, name: string): boolean => Object.prototype.hasOwnProperty.call(object, name);

function isKnownType(type: string): type is AcsEventType {
  return hasOwn(dataValidators, type);
}

function notJson(raw: unknown, reason: string): ParsedEvent[] {
  return [{ status: 'invalid', raw, errors: [{ path: '', message: \`body is not JSON: \${reason}\`, expected: 'JSON text', received: typeof raw }] }];
}

function decode(body: unknown): { ok: true; value: unknown } | { ok: false; result: ParsedEvent[] } {
  let text: string;
  if (typeof body === 'string') text = body;
  else if (body instanceof Uint8Array) text = new TextDecoder('utf-8').decode(body);
  else return { ok: true, value: body };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, result: notJson(body, error instanceof Error ? error.message : 'unparseable') };
  }
}

/** Exotic inputs (revoked proxies, throwing getters or traps) become an 'invalid' result, never a throw. */
function uninspectable(raw: unknown, error: unknown): ParsedEvent {
  const reason = error instanceof Error ? error.message : 'the value could not be read';
  return { status: 'invalid', raw, errors: [{ path: '', message: \`value could not be inspected: \${reason}\`, expected: 'plain JSON data', received: 'an exotic object' }] };
}

function prefixed(errors: readonly ValidationError[], prefix: string): ValidationError[] {
  return errors.map((error) => ({ ...error, path: prefix + error.path }));
}

/** Classifies one Event Grid schema or CloudEvents 1.0 event. Never throws. */
export function parseEvent(value: unknown, options?: ValidateOptions): ParsedEvent {
  try {
    return classify(value, options);
  } catch (error) {
    return uninspectable(value, error);
  }
}

function classify(value: unknown, options?: ValidateOptions): ParsedEvent {
  const cloud = value !== null && typeof value === 'object' && !Array.isArray(value) && hasOwn(value, 'specversion');
  const envelope = cloud ? validateCloudEvent(value, options) : validateEventGridEvent(value, options);
  if (!envelope.ok) return { status: 'invalid', errors: envelope.errors, raw: value };
  const event = envelope.value as EventGridEvent | CloudEvent;
  const type = cloud ? (event as CloudEvent).type : (event as EventGridEvent).eventType;
  if (!isKnownType(type)) {
    return cloud
      ? { status: 'unknown', schema: 'cloudevents', event: event as CloudEvent }
      : { status: 'unknown', schema: 'eventgrid', event: event as EventGridEvent };
  }
  const data = dataValidators[type](event.data, options);
  if (!data.ok) return { status: 'invalid', errors: prefixed(data.errors, '/data'), raw: value };
  return cloud
    ? { status: 'valid', schema: 'cloudevents', event: event as AcsCloudEvent }
    : { status: 'valid', schema: 'eventgrid', event: event as AcsEvent };
}

/**
 * Parses a raw webhook body — a string, bytes, or already-parsed JSON; one event or an array;
 * Event Grid schema or CloudEvents 1.0 — into one result per event. Never throws: a body that is
 * not JSON gives a single 'invalid' result; event types the catalog does not know are 'unknown'.
 */
export function parseEvents(body: unknown, options?: ValidateOptions): ParsedEvent[] {
  try {
    return parseBody(body, options);
  } catch (error) {
    return [uninspectable(body, error)];
  }
}

function parseBody(body: unknown, options?: ValidateOptions): ParsedEvent[] {
  const decoded = decode(body);
  if (!decoded.ok) return decoded.result;
  const events = Array.isArray(decoded.value) ? decoded.value : [decoded.value];
  const results: ParsedEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const result = parseEvent(events[i], options);
    results.push(result.status === 'invalid' && Array.isArray(decoded.value) ? { ...result, errors: prefixed(result.errors, \`/\${i}\`) } : result);
  }
  return results;
}

/** Narrows a validated Event Grid event to one event type. */
export function isEventType<T extends AcsEventType>(event: AcsEvent, type: T): event is Extract<AcsEvent, { eventType: T }> {
  return event.eventType === type;
}

/** Narrows a validated CloudEvent to one event type. */
export function isCloudEventType<T extends AcsEventType>(event: AcsCloudEvent, type: T): event is Extract<AcsCloudEvent, { type: T }> {
  return event.type === type;
}
`;
