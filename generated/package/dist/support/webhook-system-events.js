// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import { isRecord } from "./plain-data.js";
const SUBSCRIPTION_VALIDATION_EVENT = "Microsoft.EventGrid.SubscriptionValidationEvent";
const SUBSCRIPTION_DELETED_EVENT = "Microsoft.EventGrid.SubscriptionDeletedEvent";
function eventGridTypeOf(value) {
  return isRecord(value) && typeof value.eventType === "string" ? value.eventType : void 0;
}
function readValidationData(event) {
  const data = isRecord(event) ? event.data : void 0;
  if (!isRecord(data)) return "the subscription validation event has no data object";
  const { validationCode, validationUrl } = data;
  if (typeof validationCode !== "string" || validationCode === "")
    return "the subscription validation event has no data.validationCode string";
  if (validationUrl !== void 0 && validationUrl !== null && typeof validationUrl !== "string")
    return "data.validationUrl of the subscription validation event is not a string";
  return typeof validationUrl === "string" ? { validationCode, validationUrl } : { validationCode };
}
function readDeletedData(event) {
  const data = isRecord(event) ? event.data : void 0;
  if (!isRecord(data) || typeof data.eventSubscriptionId !== "string")
    return "the subscription deleted event has no data.eventSubscriptionId string";
  return { eventSubscriptionId: data.eventSubscriptionId };
}
export {
  SUBSCRIPTION_DELETED_EVENT,
  SUBSCRIPTION_VALIDATION_EVENT,
  eventGridTypeOf,
  readDeletedData,
  readValidationData
};
