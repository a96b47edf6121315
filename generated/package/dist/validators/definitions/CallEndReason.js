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
  $isIntegerProperty,
  $checkIntegerProperty
} from "../../support/validation.js";
function validateCallEndReason(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallEndReason(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isCallEndReason(value) {
  try {
    return $isCallEndReason(value, false);
  } catch {
    return false;
  }
}
function $isCallEndReason(v, s) {
  if (!$isObject(v)) return false;
  if (!$isIntegerProperty(v, "code", v["code"], true)) return false;
  if (!$isIntegerProperty(v, "subCode", v["subCode"], true)) return false;
  if (!$isStringProperty(v, "phrase", v["phrase"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["code", "subCode", "phrase"])) return false;
  }
  return true;
}
function $checkCallEndReason(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkIntegerProperty(e, p, v, "code", v["code"], true);
    $checkIntegerProperty(e, p, v, "subCode", v["subCode"], true);
    $checkStringProperty(e, p, v, "phrase", v["phrase"], true);
    if (s) {
      $extraKeys(e, p, v, ["code", "subCode", "phrase"]);
    }
  }
}
export {
  $checkCallEndReason,
  $isCallEndReason,
  isCallEndReason,
  validateCallEndReason
};
