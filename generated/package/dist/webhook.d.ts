// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsCloudEvent, AcsEvent, AcsEventDataMap, AcsEventType, CloudEvent, EventGridEvent } from "./types.js";
import { type ValidateOptions } from "./validators.js";
import { WebhookDispatcher, type WebhookOptions } from "./support/webhook-dispatch.js";
import type { NormalizedEvent } from "./support/webhook-event.js";
export type { Handler, InvalidEvent, InvalidEventError, WebhookOptions } from "./support/webhook-dispatch.js";
export type { NormalizedFields } from "./support/webhook-event.js";
export type { AegEventType, DeliveryInfo } from "./support/webhook-delivery-headers.js";
export type { SubscriptionDeletedEventData, SubscriptionValidationEventData } from "./support/webhook-system-events.js";
export type { BodyRead, WebhookHandler, WebhookRequest, WebhookResponse } from "./support/webhook-exchange.js";
export type { AbuseProtectionOptions } from "./support/webhook-abuse-protection.js";
export { DEFAULT_MAX_BODY_BYTES, EVENT_GRID_MAX_DELIVERY_BYTES } from "./support/webhook-body.js";
export { SUBSCRIPTION_DELETED_EVENT, SUBSCRIPTION_VALIDATION_EVENT } from "./support/webhook-system-events.js";
export { STATUS } from "./support/webhook-status.js";
export { toNodeListener, type NodeRequestLike, type NodeResponseLike } from "./support/webhook-node.js";
export { toExpressMiddleware, type ExpressRequestLike } from "./support/webhook-express.js";
export { toFetchHandler, type FetchRequestLike, type FetchResponseLike, type ResponseConstructorLike } from "./support/webhook-fetch.js";
export { toAzureFunctionsHandler, type AzureFunctionsResponseInit } from "./support/webhook-azure-functions.js";
/** An ACS event as a handler receives it, whichever envelope carried it; `data` typed by `type`. */
export type WebhookEvent<T extends AcsEventType = AcsEventType> = { [K in T]: NormalizedEvent<K, AcsEventDataMap[K], Extract<AcsEvent, {
	eventType: K;
}>, Extract<AcsCloudEvent, {
	type: K;
}>> }[T];
/** An event with a valid envelope whose type the catalog does not know. */
export type UnknownWebhookEvent = NormalizedEvent<string, unknown, EventGridEvent, CloudEvent>;
/** The event each `on(type, …)` handler receives, by type. */
export type WebhookEvents = { [K in AcsEventType]: WebhookEvent<K> };
/** What `createWebhook` returns: register handlers, then hand it to an adapter. */
export type Webhook = WebhookDispatcher<WebhookEvents, UnknownWebhookEvent>;
export interface CreateWebhookOptions extends WebhookOptions {
	/** Passed to the validators: `{ strict: true }` rejects unknown properties. */
	validation?: ValidateOptions;
}
/** A webhook receiver for the catalog's events: add handlers with `on`, serve it with an adapter. */
export declare function createWebhook(options?: CreateWebhookOptions): Webhook;
