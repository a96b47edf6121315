// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
function validateAcsSmsReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsSmsReceivedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsSmsReceivedEventData(value) {
  try {
    return $isAcsSmsReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsSmsReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  if (!$isStringProperty(v, "from", v["from"])) return false;
  if (!$isStringProperty(v, "to", v["to"])) return false;
  if (!$isStringProperty(v, "message", v["message"])) return false;
  if (!$isDateTimeProperty(v, "receivedTimestamp", v["receivedTimestamp"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["messageId", "from", "to", "message", "receivedTimestamp"])) return false;
  }
  return true;
}
function $checkAcsSmsReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, v, "from", v["from"]);
    $checkStringProperty(e, p, v, "to", v["to"]);
    $checkStringProperty(e, p, v, "message", v["message"]);
    $checkDateTimeProperty(e, p, v, "receivedTimestamp", v["receivedTimestamp"]);
    if (s) {
      $extraKeys(e, p, v, ["messageId", "from", "to", "message", "receivedTimestamp"]);
    }
  }
}
export {
  isAcsSmsReceivedEventData,
  validateAcsSmsReceivedEventData
};
