// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The webhook core: one request in, one response out, whatever the framework (the adapters) and
 * whatever the catalog (the generated webhook.ts supplies the parser and the types). It answers
 * both handshakes, reads the body within its limit, and dispatches each event to the handler of its
 * type with the status codes of Event Grid's delivery contract (webhook-status.ts). Shipped in the package.
 */
import { answerAbuseProtection, type AbuseProtectionOptions } from './webhook-abuse-protection.js';
import { DEFAULT_MAX_BODY_BYTES, declaredTooLarge } from './webhook-body.js';
import { readDeliveryHeaders, type DeliveryInfo } from './webhook-delivery-headers.js';
import { normalizeEvent } from './webhook-event.js';
import type { BodyRead, WebhookHandler, WebhookRequest, WebhookResponse } from './webhook-exchange.js';
import { HandledIds } from './webhook-handled-ids.js';
import { emptyResponse, errorResponse, jsonResponse, STATUS } from './webhook-status.js';
import {
  eventGridTypeOf,
  readDeletedData,
  readValidationData,
  SUBSCRIPTION_DELETED_EVENT,
  SUBSCRIPTION_VALIDATION_EVENT,
  type SubscriptionDeletedEventData,
  type SubscriptionValidationEventData,
} from './webhook-system-events.js';
import { readBody } from './body-reading.js';
import { resolveLimits, type ResolvedLimits } from './parse-limits.js';
import { isRecord } from './plain-data.js';

/** One problem of an invalid event, as the validators report it. */
export interface InvalidEventError {
  path: string;
  message: string;
  expected: string;
  received: string;
}

/** An event the parser found invalid: what is wrong, and the event as received. */
export interface InvalidEvent {
  errors: readonly InvalidEventError[];
  raw: unknown;
}

/** What the parser gives per event (the generated `parseEvents` result is one). */
export type ParsedEventLike =
  | { status: 'valid' | 'unknown'; schema: 'eventgrid' | 'cloudevents'; event: unknown }
  | { status: 'invalid'; errors: readonly InvalidEventError[]; raw: unknown };

export type Handler<TEvent> = (event: TEvent, delivery: DeliveryInfo) => unknown;

export interface WebhookOptions extends AbuseProtectionOptions {
  /** The largest body accepted, in bytes (413 above it); default 1 MB + 64 KB (webhook-body.ts says why). */
  maxBodyBytes?: number;
  /** The status answered when a handler throws; both make Event Grid retry. Default 500. */
  failureStatus?: 500 | 503;
  /**
   * How many handled event ids to remember, so a batch Event Grid retries after a failure does not
   * run the handlers of its events that already succeeded again. Default 10,000; 0 remembers none.
   */
  rememberHandled?: number;
  /** Called with every error a handler throws (the response then says only which event failed). */
  onError?: (error: unknown, event: { id: string; type: string } | undefined) => void;
}

export interface DispatcherBinding {
  /**
   * Classifies a body already read as JSON within `limits` into one result per event; `fresh` when
   * the core parsed it from text just now (plain data nobody else holds: no snapshot).
   */
  parse(value: unknown, fresh: boolean, limits: ResolvedLimits): readonly ParsedEventLike[];
  /** The event types `on` accepts. */
  knownTypes: readonly string[];
}

const DEFAULT_REMEMBERED = 10_000;

/** The event a handler runs for (for errors, and to remember it); undefined for an invalid one. */
type HandledEvent = { id: string; type: string; source: string | undefined } | undefined;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  value !== null &&
  (typeof value === 'object' || typeof value === 'function') &&
  typeof (value as { then?: unknown }).then === 'function';

const failedRead = (read: Extract<BodyRead, { ok: false }>) =>
  errorResponse(read.reason === 'too-large' ? STATUS.tooLarge : STATUS.badRequest, read.message);

const describe = (invalid: InvalidEvent) =>
  invalid.errors.map((error) => `${error.path || '(root)'}: ${error.message}`).join('; ');

export class WebhookDispatcher<TEvents extends object, TUnknown> implements WebhookHandler {
  private readonly handlers = new Map<string, Handler<never>>();
  private readonly known: ReadonlySet<string>;
  private readonly handled: HandledIds;
  private readonly limits: ResolvedLimits;
  private anyHandler: Handler<never> | undefined;
  private unknownHandler: Handler<never> | undefined;
  private invalidHandler: Handler<never> | undefined;
  private validationHandler: Handler<SubscriptionValidationEventData> | undefined;
  private deletedHandler: Handler<never> | undefined;
  private readonly binding: DispatcherBinding;
  private readonly options: WebhookOptions;

  constructor(binding: DispatcherBinding, options: WebhookOptions = {}) {
    this.binding = binding;
    this.options = options;
    this.known = new Set(binding.knownTypes);
    this.handled = new HandledIds(options.rememberHandled ?? DEFAULT_REMEMBERED);
    this.limits = resolveLimits({ maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES });
  }

  /** The handler of one event type (one per type); it receives the event in one shape for both envelopes. */
  on<K extends keyof TEvents & string>(type: K, handler: Handler<TEvents[K]>): this {
    if (!this.known.has(type)) throw new TypeError(`on: "${type}" is not an event type of the catalog`);
    if (this.handlers.has(type)) throw new TypeError(`on: "${type}" already has a handler`);
    this.handlers.set(type, handler);
    return this;
  }

  /** The handler of every catalog event type that has no handler of its own. */
  onAnyEvent(handler: Handler<TEvents[keyof TEvents]>): this {
    this.anyHandler = handler;
    return this;
  }

  /** Events with a valid envelope whose type the catalog does not know. Without it they are accepted. */
  onUnknown(handler: Handler<TUnknown>): this {
    this.unknownHandler = handler;
    return this;
  }

  /**
   * Events that fail validation. Without it a request holding one is answered 400 (which Event Grid
   * does not retry) and no event of it is dispatched; with it, it is called and the rest dispatched.
   */
  onInvalid(handler: Handler<InvalidEvent>): this {
    this.invalidHandler = handler;
    return this;
  }

  /** Sees the validation handshake; returning false refuses the subscription (403). */
  onSubscriptionValidation(handler: Handler<SubscriptionValidationEventData>): this {
    this.validationHandler = handler;
    return this;
  }

  onSubscriptionDeleted(handler: Handler<SubscriptionDeletedEventData>): this {
    this.deletedHandler = handler;
    return this;
  }

  async handle(request: WebhookRequest): Promise<WebhookResponse> {
    try {
      return await this.answer(request);
    } catch (error) {
      this.options.onError?.(error, undefined);
      return errorResponse(this.failureStatus(), 'the webhook failed to handle the request');
    }
  }

  private failureStatus(): number {
    return this.options.failureStatus ?? STATUS.handlerFailed;
  }

  private async answer(request: WebhookRequest): Promise<WebhookResponse> {
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') return answerAbuseProtection(request, this.options);
    if (method !== 'POST') {
      const response = errorResponse(STATUS.methodNotAllowed, `method ${method} is not allowed`);
      return { ...response, headers: { ...response.headers, Allow: 'POST, OPTIONS' } };
    }
    const delivery = readDeliveryHeaders(request);
    if (typeof delivery === 'string') return errorResponse(STATUS.badRequest, delivery);
    const limit = this.limits.maxBodyBytes;
    const declared = declaredTooLarge(request.header('content-length'), limit);
    if (declared !== undefined && !declared.ok) return failedRead(declared);
    const read = await request.readBody(limit);
    if (!read.ok) return failedRead(read);
    // The same reading parseEvents does (byte-order mark, strict UTF-8, nesting depth), once.
    const decoded =
      'parsed' in read
        ? { ok: true as const, value: read.parsed, fresh: false }
        : readBody(read.body, this.limits);
    if (!decoded.ok) return errorResponse(STATUS.badRequest, decoded.error.message);
    const value = decoded.value;
    if (!isRecord(value) && !Array.isArray(value))
      return errorResponse(STATUS.badRequest, 'body must be a JSON event or an array of events');
    const events: unknown[] = Array.isArray(value) ? value : [value];
    if (events.length === 0) return errorResponse(STATUS.badRequest, 'body holds no event');
    const validation = events.length === 1 && eventGridTypeOf(events[0]) === SUBSCRIPTION_VALIDATION_EVENT;
    if (validation || delivery.aegEventType === 'SubscriptionValidation')
      return this.validate(events, delivery);
    return this.dispatch(this.binding.parse(value, decoded.fresh, this.limits), delivery);
  }

  private async validate(events: unknown[], delivery: DeliveryInfo): Promise<WebhookResponse> {
    if (events.length !== 1 || eventGridTypeOf(events[0]) !== SUBSCRIPTION_VALIDATION_EVENT)
      return errorResponse(
        STATUS.badRequest,
        `a SubscriptionValidation request holds exactly one ${SUBSCRIPTION_VALIDATION_EVENT}`,
      );
    const data = readValidationData(events[0]);
    if (typeof data === 'string') return errorResponse(STATUS.badRequest, data);
    try {
      if ((await this.validationHandler?.(data, delivery)) === false)
        return errorResponse(STATUS.forbidden, 'the subscription validation was refused');
    } catch (error) {
      this.options.onError?.(error, undefined);
      return errorResponse(this.failureStatus(), 'the subscription validation handler failed');
    }
    return jsonResponse(STATUS.ok, { validationResponse: data.validationCode });
  }

  /**
   * Runs the handlers in order, from `start`. Synchronous until a handler returns a promise: a batch
   * of synchronous handlers costs no promise per event, nor one for the batch; nor any object but
   * the event a handler receives.
   */
  private dispatch(
    results: readonly ParsedEventLike[],
    delivery: DeliveryInfo,
    start = 0,
  ): WebhookResponse | Promise<WebhookResponse> {
    if (start === 0 && this.invalidHandler === undefined) {
      const refused = refuseInvalid(results);
      if (refused !== undefined) return refused;
    }
    for (let i = start; i < results.length; i++) {
      const result = results[i]!;
      let answer: WebhookResponse | Promise<WebhookResponse> | undefined;
      if (result.status === 'invalid') {
        const invalid: InvalidEvent = { errors: result.errors, raw: result.raw };
        answer = this.run(this.invalidHandler, invalid, undefined, results, delivery, i);
      } else {
        const event = normalizeEvent(result.schema, result.event as Record<string, unknown>);
        if (this.handled.has(event.source, event.id)) continue;
        if (result.status === 'valid') {
          const handler = this.handlers.get(event.type) ?? this.anyHandler;
          answer = this.run(handler, event, event, results, delivery, i);
        } else if (event.type === SUBSCRIPTION_DELETED_EVENT && result.schema === 'eventgrid') {
          const data = readDeletedData(result.event);
          if (typeof data === 'string') return errorResponse(STATUS.badRequest, data);
          answer = this.run(this.deletedHandler, data, event, results, delivery, i);
        } else answer = this.run(this.unknownHandler, event, event, results, delivery, i);
      }
      if (answer !== undefined) return answer;
    }
    return emptyResponse(STATUS.ok);
  }

  /**
   * Runs the handler of the event at `index` of `results` and remembers the event: undefined to go
   * on with the next one, else the response (a promise of it when the handler returned a promise).
   */
  private run(
    handler: Handler<never> | undefined,
    value: unknown,
    event: HandledEvent,
    results: readonly ParsedEventLike[],
    delivery: DeliveryInfo,
    index: number,
  ): WebhookResponse | Promise<WebhookResponse> | undefined {
    if (handler !== undefined) {
      let returned: unknown;
      try {
        returned = handler(value as never, delivery);
      } catch (error) {
        return this.handlerFailed(event, error);
      }
      if (isThenable(returned)) return this.settle(returned, event, results, delivery, index + 1);
    }
    if (event !== undefined) this.handled.add(event.source, event.id);
    return undefined;
  }

  /** Awaits a handler's promise, then dispatches the rest of the batch. */
  private async settle(
    returned: PromiseLike<unknown>,
    event: HandledEvent,
    results: readonly ParsedEventLike[],
    delivery: DeliveryInfo,
    next: number,
  ): Promise<WebhookResponse> {
    try {
      await returned;
    } catch (error) {
      return this.handlerFailed(event, error);
    }
    if (event !== undefined) this.handled.add(event.source, event.id);
    return this.dispatch(results, delivery, next);
  }

  private handlerFailed(event: HandledEvent, error: unknown): WebhookResponse {
    this.options.onError?.(error, event && { id: event.id, type: event.type });
    const which = event ? `event ${event.id} (${event.type})` : 'an invalid event';
    return errorResponse(this.failureStatus(), `the handler failed for ${which}`);
  }
}

/** Without an onInvalid handler, a batch holding an invalid event is refused whole (400). */
function refuseInvalid(results: readonly ParsedEventLike[]): WebhookResponse | undefined {
  let count = 0;
  for (const result of results) if (result.status === 'invalid') count++;
  if (count === 0) return undefined;
  const invalid = results.filter(
    (result): result is Extract<ParsedEventLike, { status: 'invalid' }> => result.status === 'invalid',
  );
  const details = invalid.slice(0, 5).map(describe).join(' | ');
  return errorResponse(STATUS.badRequest, `${count} invalid event(s): ${details}`);
}
