// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isIntegerProperty,
  $checkIntegerProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
function validateSmsDeliveryAttempt(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkSmsDeliveryAttempt(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isSmsDeliveryAttempt(value) {
  try {
    return $isSmsDeliveryAttempt(value, false);
  } catch {
    return false;
  }
}
function $isSmsDeliveryAttempt(v, s) {
  if (!$isObject(v)) return false;
  if (!$isDateTimeProperty(v, "timestamp", v["timestamp"])) return false;
  if (!$isIntegerProperty(v, "segmentsSucceeded", v["segmentsSucceeded"])) return false;
  if (!$isIntegerProperty(v, "segmentsFailed", v["segmentsFailed"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["timestamp", "segmentsSucceeded", "segmentsFailed"])) return false;
  }
  return true;
}
function $checkSmsDeliveryAttempt(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkDateTimeProperty(e, p, v, "timestamp", v["timestamp"]);
    $checkIntegerProperty(e, p, v, "segmentsSucceeded", v["segmentsSucceeded"]);
    $checkIntegerProperty(e, p, v, "segmentsFailed", v["segmentsFailed"]);
    if (s) {
      $extraKeys(e, p, v, ["timestamp", "segmentsSucceeded", "segmentsFailed"]);
    }
  }
}
export {
  $checkSmsDeliveryAttempt,
  $isSmsDeliveryAttempt,
  isSmsDeliveryAttempt,
  validateSmsDeliveryAttempt
};
