// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
* The headers Event Grid sends with every webhook delivery: `aeg-event-type` (what the request is:
* `SubscriptionValidation`, `Notification` or `SubscriptionDeletion`), `aeg-subscription-name`,
* `aeg-delivery-count` (attempts before this one), `aeg-data-version`, `aeg-metadata-version`.
* Shipped in the package.
*/
import type { WebhookRequest } from "./webhook-exchange.js";
export declare const AEG_EVENT_TYPES: readonly ["SubscriptionValidation", "Notification", "SubscriptionDeletion"];
export type AegEventType = (typeof AEG_EVENT_TYPES)[number];
/** What the delivery headers say; every field is absent when its header is (not every sender sets them). */
export interface DeliveryInfo {
	aegEventType?: AegEventType;
	subscriptionName?: string;
	deliveryCount?: number;
	dataVersion?: string;
	metadataVersion?: string;
}
/** The delivery headers, or a message for a value Event Grid never sends (a malformed request). */
export declare function readDeliveryHeaders(request: WebhookRequest): DeliveryInfo | string;
