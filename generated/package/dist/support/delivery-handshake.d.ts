// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The handshake Event Grid performs before it delivers to a webhook: for the Event Grid schema, a
* `SubscriptionValidationEvent` whose `validationCode` must come back as `validationResponse` in a
* 200 response; for CloudEvents 1.0, an OPTIONS request whose `WebHook-Allowed-Origin` must allow
* `eventgrid.azure.net` (or `*`).
*/
import { type DeliverySchema } from "./delivery-headers.js";
import type { Transport } from "./delivery-transport.js";
export interface HandshakeResult {
	ok: boolean;
	/** What was sent and what came back, in one line. */
	detail: string;
}
export interface ValidationIdentity {
	id: string;
	topic: string;
	validationCode: string;
	eventTime: string;
}
export declare function handshake(transport: Transport, url: string, schema: DeliverySchema, identity: ValidationIdentity, subscriptionName: string): Promise<HandshakeResult>;
