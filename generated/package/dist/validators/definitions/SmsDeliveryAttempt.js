// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $dateTime,
  $validate,
  $checkIntegerProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
function validateSmsDeliveryAttempt(value, options) {
  return $validate($isSmsDeliveryAttempt, $checkSmsDeliveryAttempt, value, options);
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
  const v2 = v["timestamp"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "timestamp" in r1 && !$hasOwn.call(v, "timestamp")) return false;
  const v3 = v["segmentsSucceeded"];
  if (typeof v3 !== "number" || !Number.isInteger(v3) || "segmentsSucceeded" in r1 && !$hasOwn.call(v, "segmentsSucceeded"))
    return false;
  const v4 = v["segmentsFailed"];
  if (typeof v4 !== "number" || !Number.isInteger(v4) || "segmentsFailed" in r1 && !$hasOwn.call(v, "segmentsFailed"))
    return false;
  if (!$dateTime(v2)) return false;
  if (s) {
    if (!$onlyKeys(v, ["timestamp", "segmentsSucceeded", "segmentsFailed"])) return false;
  }
  return true;
}
function $checkSmsDeliveryAttempt(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkDateTimeProperty(e, p, "timestamp" in r1 && v, "timestamp", v["timestamp"]);
    $checkIntegerProperty(e, p, "segmentsSucceeded" in r1 && v, "segmentsSucceeded", v["segmentsSucceeded"]);
    $checkIntegerProperty(e, p, "segmentsFailed" in r1 && v, "segmentsFailed", v["segmentsFailed"]);
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
