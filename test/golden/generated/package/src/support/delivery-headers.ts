// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
/**
 * The HTTP requests Event Grid sends a webhook: the two handshakes (one per event schema) and the
 * event deliveries with their `aeg-*` headers.
 */

export type DeliverySchema = 'eventgrid' | 'cloudevents';

export interface HttpRequest {
  method: 'POST' | 'OPTIONS';
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

export const EVENT_GRID_CONTENT_TYPE = 'application/json; charset=utf-8';
export const CLOUD_EVENT_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';
export const CLOUD_EVENTS_BATCH_CONTENT_TYPE = 'application/cloudevents-batch+json; charset=utf-8';
export const METADATA_VERSION = '1';

export function deliveryRequest(url: string, body: string, context: DeliveryContext): HttpRequest {
  const contentType =
    context.schema === 'eventgrid'
      ? EVENT_GRID_CONTENT_TYPE
      : context.single
        ? CLOUD_EVENT_CONTENT_TYPE
        : CLOUD_EVENTS_BATCH_CONTENT_TYPE;
  return {
    method: 'POST',
    url,
    headers: {
      'content-type': contentType,
      'aeg-event-type': 'Notification',
      'aeg-subscription-name': context.subscriptionName.toUpperCase(),
      'aeg-delivery-count': String(context.deliveryCount),
      'aeg-data-version': context.dataVersion,
      'aeg-metadata-version': METADATA_VERSION,
    },
    body,
  };
}

export const VALIDATION_EVENT_TYPE = 'Microsoft.EventGrid.SubscriptionValidationEvent';
export const WEBHOOK_REQUEST_ORIGIN = 'eventgrid.azure.net';
/** Requests per minute Event Grid announces in `WebHook-Request-Rate`. */
export const WEBHOOK_REQUEST_RATE = '120';

/** The Event Grid schema's validation request: one `SubscriptionValidationEvent` to echo back. */
export function validationRequest(
  url: string,
  event: { id: string; topic: string; validationCode: string; eventTime: string },
  subscriptionName: string,
): HttpRequest {
  const body = [
    {
      id: event.id,
      topic: event.topic,
      subject: '',
      data: { validationCode: event.validationCode, validationUrl: validationUrl(event) },
      eventType: VALIDATION_EVENT_TYPE,
      eventTime: event.eventTime,
      metadataVersion: METADATA_VERSION,
      dataVersion: '1',
    },
  ];
  return {
    method: 'POST',
    url,
    headers: {
      'content-type': EVENT_GRID_CONTENT_TYPE,
      'aeg-event-type': 'SubscriptionValidation',
      'aeg-subscription-name': subscriptionName.toUpperCase(),
      'aeg-delivery-count': '0',
      'aeg-data-version': '1',
      'aeg-metadata-version': METADATA_VERSION,
    },
    body: JSON.stringify(body),
  };
}

/** The manual-validation URL Event Grid offers beside the code (never called by the simulator). */
function validationUrl(event: { id: string; validationCode: string }): string {
  return `https://rp-eastus.eventgrid.azure.net:553/eventsubscriptions/simulator/validate?id=${event.validationCode}&t=${event.id}`;
}

/** The CloudEvents 1.0 webhook abuse-protection request. */
export function abuseProtectionRequest(url: string): HttpRequest {
  return {
    method: 'OPTIONS',
    url,
    headers: {
      'webhook-request-origin': WEBHOOK_REQUEST_ORIGIN,
      'webhook-request-rate': WEBHOOK_REQUEST_RATE,
    },
  };
}
