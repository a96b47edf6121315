// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { answerAbuseProtection } from "./webhook-abuse-protection.js";
import { DEFAULT_MAX_BODY_BYTES, declaredTooLarge } from "./webhook-body.js";
import { readDeliveryHeaders } from "./webhook-delivery-headers.js";
import { normalizeEvent } from "./webhook-event.js";
import { HandledIds } from "./webhook-handled-ids.js";
import { emptyResponse, errorResponse, jsonResponse, STATUS } from "./webhook-status.js";
import {
  eventGridTypeOf,
  readDeletedData,
  readValidationData,
  SUBSCRIPTION_DELETED_EVENT,
  SUBSCRIPTION_VALIDATION_EVENT
} from "./webhook-system-events.js";
import { readBody } from "./body-reading.js";
import { resolveLimits } from "./parse-limits.js";
import { isRecord } from "./plain-data.js";
const DEFAULT_REMEMBERED = 1e4;
const isThenable = (value) => value !== null && (typeof value === "object" || typeof value === "function") && typeof value.then === "function";
const failedRead = (read) => errorResponse(read.reason === "too-large" ? STATUS.tooLarge : STATUS.badRequest, read.message);
const describe = (invalid) => invalid.errors.map((error) => `${error.path || "(root)"}: ${error.message}`).join("; ");
class WebhookDispatcher {
  handlers = /* @__PURE__ */ new Map();
  known;
  handled;
  limits;
  anyHandler;
  unknownHandler;
  invalidHandler;
  validationHandler;
  deletedHandler;
  binding;
  options;
  constructor(binding, options = {}) {
    this.binding = binding;
    this.options = options;
    this.known = new Set(binding.knownTypes);
    this.handled = new HandledIds(options.rememberHandled ?? DEFAULT_REMEMBERED);
    this.limits = resolveLimits({ maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES });
  }
  /** The handler of one event type (one per type); it receives the event in one shape for both envelopes. */
  on(type, handler) {
    if (!this.known.has(type)) throw new TypeError(`on: "${type}" is not an event type of the catalog`);
    if (this.handlers.has(type)) throw new TypeError(`on: "${type}" already has a handler`);
    this.handlers.set(type, handler);
    return this;
  }
  /** The handler of every catalog event type that has no handler of its own. */
  onAnyEvent(handler) {
    this.anyHandler = handler;
    return this;
  }
  /** Events with a valid envelope whose type the catalog does not know. Without it they are accepted. */
  onUnknown(handler) {
    this.unknownHandler = handler;
    return this;
  }
  /**
   * Events that fail validation. Without it a request holding one is answered 400 (which Event Grid
   * does not retry) and no event of it is dispatched; with it, it is called and the rest dispatched.
   */
  onInvalid(handler) {
    this.invalidHandler = handler;
    return this;
  }
  /** Sees the validation handshake; returning false refuses the subscription (403). */
  onSubscriptionValidation(handler) {
    this.validationHandler = handler;
    return this;
  }
  onSubscriptionDeleted(handler) {
    this.deletedHandler = handler;
    return this;
  }
  async handle(request) {
    try {
      return await this.answer(request);
    } catch (error) {
      this.options.onError?.(error, void 0);
      return errorResponse(this.failureStatus(), "the webhook failed to handle the request");
    }
  }
  failureStatus() {
    return this.options.failureStatus ?? STATUS.handlerFailed;
  }
  async answer(request) {
    const method = request.method.toUpperCase();
    if (method === "OPTIONS") return answerAbuseProtection(request, this.options);
    if (method !== "POST") {
      const response = errorResponse(STATUS.methodNotAllowed, `method ${method} is not allowed`);
      return { ...response, headers: { ...response.headers, Allow: "POST, OPTIONS" } };
    }
    const delivery = readDeliveryHeaders(request);
    if (typeof delivery === "string") return errorResponse(STATUS.badRequest, delivery);
    const limit = this.limits.maxBodyBytes;
    const declared = declaredTooLarge(request.header("content-length"), limit);
    if (declared !== void 0 && !declared.ok) return failedRead(declared);
    const read = await request.readBody(limit);
    if (!read.ok) return failedRead(read);
    const decoded = "parsed" in read ? { ok: true, value: read.parsed, fresh: false } : readBody(read.body, this.limits);
    if (!decoded.ok) return errorResponse(STATUS.badRequest, decoded.error.message);
    const value = decoded.value;
    if (!isRecord(value) && !Array.isArray(value))
      return errorResponse(STATUS.badRequest, "body must be a JSON event or an array of events");
    const events = Array.isArray(value) ? value : [value];
    if (events.length === 0) return errorResponse(STATUS.badRequest, "body holds no event");
    const validation = events.length === 1 && eventGridTypeOf(events[0]) === SUBSCRIPTION_VALIDATION_EVENT;
    if (validation || delivery.aegEventType === "SubscriptionValidation")
      return this.validate(events, delivery);
    return this.dispatch(this.binding.parse(value, decoded.fresh, this.limits), delivery);
  }
  async validate(events, delivery) {
    if (events.length !== 1 || eventGridTypeOf(events[0]) !== SUBSCRIPTION_VALIDATION_EVENT)
      return errorResponse(
        STATUS.badRequest,
        `a SubscriptionValidation request holds exactly one ${SUBSCRIPTION_VALIDATION_EVENT}`
      );
    const data = readValidationData(events[0]);
    if (typeof data === "string") return errorResponse(STATUS.badRequest, data);
    try {
      if (await this.validationHandler?.(data, delivery) === false)
        return errorResponse(STATUS.forbidden, "the subscription validation was refused");
    } catch (error) {
      this.options.onError?.(error, void 0);
      return errorResponse(this.failureStatus(), "the subscription validation handler failed");
    }
    return jsonResponse(STATUS.ok, { validationResponse: data.validationCode });
  }
  /**
   * Runs the handlers in order, from `start`. Synchronous until a handler returns a promise: a batch
   * of synchronous handlers costs no promise per event, nor one for the batch; nor any object but
   * the event a handler receives.
   */
  dispatch(results, delivery, start = 0) {
    if (start === 0 && this.invalidHandler === void 0) {
      const refused = refuseInvalid(results);
      if (refused !== void 0) return refused;
    }
    for (let i = start; i < results.length; i++) {
      const result = results[i];
      let answer;
      if (result.status === "invalid") {
        const invalid = { errors: result.errors, raw: result.raw };
        answer = this.run(this.invalidHandler, invalid, void 0, results, delivery, i);
      } else {
        const event = normalizeEvent(result.schema, result.event);
        if (this.handled.has(event.source, event.id)) continue;
        if (result.status === "valid") {
          const handler = this.handlers.get(event.type) ?? this.anyHandler;
          answer = this.run(handler, event, event, results, delivery, i);
        } else if (event.type === SUBSCRIPTION_DELETED_EVENT && result.schema === "eventgrid") {
          const data = readDeletedData(result.event);
          if (typeof data === "string") return errorResponse(STATUS.badRequest, data);
          answer = this.run(this.deletedHandler, data, event, results, delivery, i);
        } else answer = this.run(this.unknownHandler, event, event, results, delivery, i);
      }
      if (answer !== void 0) return answer;
    }
    return emptyResponse(STATUS.ok);
  }
  /**
   * Runs the handler of the event at `index` of `results` and remembers the event: undefined to go
   * on with the next one, else the response (a promise of it when the handler returned a promise).
   */
  run(handler, value, event, results, delivery, index) {
    if (handler !== void 0) {
      let returned;
      try {
        returned = handler(value, delivery);
      } catch (error) {
        return this.handlerFailed(event, error);
      }
      if (isThenable(returned)) return this.settle(returned, event, results, delivery, index + 1);
    }
    if (event !== void 0) this.handled.add(event.source, event.id);
    return void 0;
  }
  /** Awaits a handler's promise, then dispatches the rest of the batch. */
  async settle(returned, event, results, delivery, next) {
    try {
      await returned;
    } catch (error) {
      return this.handlerFailed(event, error);
    }
    if (event !== void 0) this.handled.add(event.source, event.id);
    return this.dispatch(results, delivery, next);
  }
  handlerFailed(event, error) {
    this.options.onError?.(error, event && { id: event.id, type: event.type });
    const which = event ? `event ${event.id} (${event.type})` : "an invalid event";
    return errorResponse(this.failureStatus(), `the handler failed for ${which}`);
  }
}
function refuseInvalid(results) {
  let count = 0;
  for (const result of results) if (result.status === "invalid") count++;
  if (count === 0) return void 0;
  const invalid = results.filter(
    (result) => result.status === "invalid"
  );
  const details = invalid.slice(0, 5).map(describe).join(" | ");
  return errorResponse(STATUS.badRequest, `${count} invalid event(s): ${details}`);
}
export {
  WebhookDispatcher
};
