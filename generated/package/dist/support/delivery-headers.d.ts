// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The HTTP requests Event Grid sends a webhook: the two handshakes (one per event schema) and the
* event deliveries with their `aeg-*` headers.
*/
export type DeliverySchema = "eventgrid" | "cloudevents";
export interface HttpRequest {
	method: "POST" | "OPTIONS";
	url: string;
	headers: Readonly<Record<string, string>>;
	body?: string;
}
/** What a delivery request carries beside its body. */
export interface DeliveryContext {
	schema: DeliverySchema;
	subscriptionName: string;
	/** Attempts made before this one: 0 on the first delivery. */
	deliveryCount: number;
	/** The first event's data version ('' when it has none). */
	dataVersion: string;
	/** Whether the body is one CloudEvent rather than an array (CloudEvents without batching). */
	single: boolean;
}
export declare const EVENT_GRID_CONTENT_TYPE = "application/json; charset=utf-8";
export declare const CLOUD_EVENT_CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
export declare const CLOUD_EVENTS_BATCH_CONTENT_TYPE = "application/cloudevents-batch+json; charset=utf-8";
export declare const METADATA_VERSION = "1";
export declare function deliveryRequest(url: string, body: string, context: DeliveryContext): HttpRequest;
export declare const VALIDATION_EVENT_TYPE = "Microsoft.EventGrid.SubscriptionValidationEvent";
export declare const WEBHOOK_REQUEST_ORIGIN = "eventgrid.azure.net";
/** Requests per minute Event Grid announces in `WebHook-Request-Rate`. */
export declare const WEBHOOK_REQUEST_RATE = "120";
/** The Event Grid schema's validation request: one `SubscriptionValidationEvent` to echo back. */
export declare function validationRequest(url: string, event: {
	id: string;
	topic: string;
	validationCode: string;
	eventTime: string;
}, subscriptionName: string): HttpRequest;
/** The CloudEvents 1.0 webhook abuse-protection request. */
export declare function abuseProtectionRequest(url: string): HttpRequest;
