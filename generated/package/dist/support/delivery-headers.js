// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const EVENT_GRID_CONTENT_TYPE = "application/json; charset=utf-8";
const CLOUD_EVENT_CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
const CLOUD_EVENTS_BATCH_CONTENT_TYPE = "application/cloudevents-batch+json; charset=utf-8";
const METADATA_VERSION = "1";
function deliveryRequest(url, body, context) {
  const contentType = context.schema === "eventgrid" ? EVENT_GRID_CONTENT_TYPE : context.single ? CLOUD_EVENT_CONTENT_TYPE : CLOUD_EVENTS_BATCH_CONTENT_TYPE;
  return {
    method: "POST",
    url,
    headers: {
      "content-type": contentType,
      "aeg-event-type": "Notification",
      "aeg-subscription-name": context.subscriptionName.toUpperCase(),
      "aeg-delivery-count": String(context.deliveryCount),
      "aeg-data-version": context.dataVersion,
      "aeg-metadata-version": METADATA_VERSION
    },
    body
  };
}
const VALIDATION_EVENT_TYPE = "Microsoft.EventGrid.SubscriptionValidationEvent";
const WEBHOOK_REQUEST_ORIGIN = "eventgrid.azure.net";
const WEBHOOK_REQUEST_RATE = "120";
function validationRequest(url, event, subscriptionName) {
  const body = [
    {
      id: event.id,
      topic: event.topic,
      subject: "",
      data: { validationCode: event.validationCode, validationUrl: validationUrl(event) },
      eventType: VALIDATION_EVENT_TYPE,
      eventTime: event.eventTime,
      metadataVersion: METADATA_VERSION,
      dataVersion: "1"
    }
  ];
  return {
    method: "POST",
    url,
    headers: {
      "content-type": EVENT_GRID_CONTENT_TYPE,
      "aeg-event-type": "SubscriptionValidation",
      "aeg-subscription-name": subscriptionName.toUpperCase(),
      "aeg-delivery-count": "0",
      "aeg-data-version": "1",
      "aeg-metadata-version": METADATA_VERSION
    },
    body: JSON.stringify(body)
  };
}
function validationUrl(event) {
  return `https://rp-eastus.eventgrid.azure.net:553/eventsubscriptions/simulator/validate?id=${event.validationCode}&t=${event.id}`;
}
function abuseProtectionRequest(url) {
  return {
    method: "OPTIONS",
    url,
    headers: {
      "webhook-request-origin": WEBHOOK_REQUEST_ORIGIN,
      "webhook-request-rate": WEBHOOK_REQUEST_RATE
    }
  };
}
export {
  CLOUD_EVENTS_BATCH_CONTENT_TYPE,
  CLOUD_EVENT_CONTENT_TYPE,
  EVENT_GRID_CONTENT_TYPE,
  METADATA_VERSION,
  VALIDATION_EVENT_TYPE,
  WEBHOOK_REQUEST_ORIGIN,
  WEBHOOK_REQUEST_RATE,
  abuseProtectionRequest,
  deliveryRequest,
  validationRequest
};
