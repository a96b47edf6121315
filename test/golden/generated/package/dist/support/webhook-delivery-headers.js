// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
const AEG_EVENT_TYPES = ["SubscriptionValidation", "Notification", "SubscriptionDeletion"];
const isAegEventType = (value) => AEG_EVENT_TYPES.includes(value);
function readDeliveryHeaders(request) {
  const info = {};
  const type = request.header("aeg-event-type")?.trim();
  if (type !== void 0) {
    const known = isAegEventType(type) ? type : AEG_EVENT_TYPES.find((name) => name.toLowerCase() === type.toLowerCase());
    if (known === void 0)
      return `aeg-event-type must be one of ${AEG_EVENT_TYPES.join(", ")}, found "${type}"`;
    info.aegEventType = known;
  }
  const count = request.header("aeg-delivery-count")?.trim();
  if (count !== void 0) {
    if (!/^\d+$/.test(count)) return `aeg-delivery-count must be a non-negative integer, found "${count}"`;
    info.deliveryCount = Number(count);
  }
  const text = (name) => request.header(name)?.trim() || void 0;
  const subscriptionName = text("aeg-subscription-name");
  const dataVersion = text("aeg-data-version");
  const metadataVersion = text("aeg-metadata-version");
  if (subscriptionName !== void 0) info.subscriptionName = subscriptionName;
  if (dataVersion !== void 0) info.dataVersion = dataVersion;
  if (metadataVersion !== void 0) info.metadataVersion = metadataVersion;
  return info;
}
export {
  AEG_EVENT_TYPES,
  readDeliveryHeaders
};
