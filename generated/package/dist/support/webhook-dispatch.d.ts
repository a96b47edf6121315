// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The webhook core: one request in, one response out, whatever the framework (the adapters) and
* whatever the catalog (the generated webhook.ts supplies the parser and the types). It answers
* both handshakes, reads the body within its limit, and dispatches each event to the handler of its
* type with the status codes of Event Grid's delivery contract (webhook-status.ts). Shipped in the package.
*/
import { type AbuseProtectionOptions } from "./webhook-abuse-protection.js";
import { type DeliveryInfo } from "./webhook-delivery-headers.js";
import type { WebhookHandler, WebhookRequest, WebhookResponse } from "./webhook-exchange.js";
import { type SubscriptionDeletedEventData, type SubscriptionValidationEventData } from "./webhook-system-events.js";
import { type ResolvedLimits } from "./parse-limits.js";
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
export type ParsedEventLike = {
	status: "valid" | "unknown";
	schema: "eventgrid" | "cloudevents";
	event: unknown;
} | {
	status: "invalid";
	errors: readonly InvalidEventError[];
	raw: unknown;
};
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
	onError?: (error: unknown, event: {
		id: string;
		type: string;
	} | undefined) => void;
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
export declare class WebhookDispatcher<
	TEvents extends object,
	TUnknown
> implements WebhookHandler {
	private readonly handlers;
	private readonly known;
	private readonly handled;
	private readonly limits;
	private anyHandler;
	private unknownHandler;
	private invalidHandler;
	private validationHandler;
	private deletedHandler;
	private readonly binding;
	private readonly options;
	constructor(binding: DispatcherBinding, options?: WebhookOptions);
	/** The handler of one event type (one per type); it receives the event in one shape for both envelopes. */
	on<K extends keyof TEvents & string>(type: K, handler: Handler<TEvents[K]>): this;
	/** The handler of every catalog event type that has no handler of its own. */
	onAnyEvent(handler: Handler<TEvents[keyof TEvents]>): this;
	/** Events with a valid envelope whose type the catalog does not know. Without it they are accepted. */
	onUnknown(handler: Handler<TUnknown>): this;
	/**
	* Events that fail validation. Without it a request holding one is answered 400 (which Event Grid
	* does not retry) and no event of it is dispatched; with it, it is called and the rest dispatched.
	*/
	onInvalid(handler: Handler<InvalidEvent>): this;
	/** Sees the validation handshake; returning false refuses the subscription (403). */
	onSubscriptionValidation(handler: Handler<SubscriptionValidationEventData>): this;
	onSubscriptionDeleted(handler: Handler<SubscriptionDeletedEventData>): this;
	handle(request: WebhookRequest): Promise<WebhookResponse>;
	private failureStatus;
	private answer;
	private validate;
	/**
	* Runs the handlers in order, from `start`. Synchronous until a handler returns a promise: a batch
	* of synchronous handlers costs no promise per event, nor one for the batch; nor any object but
	* the event a handler receives.
	*/
	private dispatch;
	/**
	* Runs the handler of the event at `index` of `results` and remembers the event: undefined to go
	* on with the next one, else the response (a promise of it when the handler returned a promise).
	*/
	private run;
	/** Awaits a handler's promise, then dispatches the rest of the batch. */
	private settle;
	private handlerFailed;
}
