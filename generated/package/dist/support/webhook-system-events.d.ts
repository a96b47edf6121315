// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
export declare const SUBSCRIPTION_VALIDATION_EVENT = "Microsoft.EventGrid.SubscriptionValidationEvent";
export declare const SUBSCRIPTION_DELETED_EVENT = "Microsoft.EventGrid.SubscriptionDeletedEvent";
/** `data` of `Microsoft.EventGrid.SubscriptionValidationEvent`. */
export interface SubscriptionValidationEventData {
	/** The code to echo as `validationResponse` to complete the handshake. */
	validationCode: string;
	/** A URL to complete the handshake by hand (a GET within 5 minutes) instead. */
	validationUrl?: string;
}
/** `data` of `Microsoft.EventGrid.SubscriptionDeletedEvent`. */
export interface SubscriptionDeletedEventData {
	/** The Azure resource ID of the deleted event subscription. */
	eventSubscriptionId: string;
}
/** The type of an Event Grid schema event, if `value` is one. */
export declare function eventGridTypeOf(value: unknown): string | undefined;
/** The validation event's data, checked; a message saying what is wrong otherwise. */
export declare function readValidationData(event: unknown): SubscriptionValidationEventData | string;
/** The deleted event's data, checked; a message saying what is wrong otherwise. */
export declare function readDeletedData(event: unknown): SubscriptionDeletedEventData | string;
