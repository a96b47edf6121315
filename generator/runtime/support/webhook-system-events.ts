/**
 * Event Grid's own events on a webhook subscription, whatever the catalog: the subscription
 * validation event (the Event Grid schema's handshake, answered with `{ "validationResponse": code }`)
 * and the subscription deleted event. Shipped in the package.
 */
import { isRecord } from './plain-data.js';

export const SUBSCRIPTION_VALIDATION_EVENT = 'Microsoft.EventGrid.SubscriptionValidationEvent';
export const SUBSCRIPTION_DELETED_EVENT = 'Microsoft.EventGrid.SubscriptionDeletedEvent';

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
export function eventGridTypeOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.eventType === 'string' ? value.eventType : undefined;
}

/** The validation event's data, checked; a message saying what is wrong otherwise. */
export function readValidationData(event: unknown): SubscriptionValidationEventData | string {
  const data = isRecord(event) ? event.data : undefined;
  if (!isRecord(data)) return 'the subscription validation event has no data object';
  const { validationCode, validationUrl } = data;
  if (typeof validationCode !== 'string' || validationCode === '')
    return 'the subscription validation event has no data.validationCode string';
  if (validationUrl !== undefined && validationUrl !== null && typeof validationUrl !== 'string')
    return 'data.validationUrl of the subscription validation event is not a string';
  return typeof validationUrl === 'string' ? { validationCode, validationUrl } : { validationCode };
}

/** The deleted event's data, checked; a message saying what is wrong otherwise. */
export function readDeletedData(event: unknown): SubscriptionDeletedEventData | string {
  const data = isRecord(event) ? event.data : undefined;
  if (!isRecord(data) || typeof data.eventSubscriptionId !== 'string')
    return 'the subscription deleted event has no data.eventSubscriptionId string';
  return { eventSubscriptionId: data.eventSubscriptionId };
}
