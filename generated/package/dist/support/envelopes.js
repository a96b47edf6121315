// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { clone, hasOwn } from "./plain-data.js";
const CLOUD_EVENTS_SPEC_VERSION = "1.0";
function isCloudEventShaped(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && hasOwn(value, "specversion");
}
function toCloudEvent(event, options) {
  const source = options?.source ?? event.topic;
  if (typeof source !== "string" || source === "") {
    throw new RangeError("makeCloudEvent: the event has no topic to use as source; pass options.source");
  }
  return {
    specversion: CLOUD_EVENTS_SPEC_VERSION,
    id: event.id,
    source,
    type: event.eventType,
    time: event.eventTime,
    subject: event.subject,
    datacontenttype: "application/json",
    data: clone(event.data)
  };
}
export {
  CLOUD_EVENTS_SPEC_VERSION,
  isCloudEventShaped,
  toCloudEvent
};
