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
  $checkStringProperty
} from "../../support/validation.js";
function validatePhoneNumberIdentifier(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkPhoneNumberIdentifier(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isPhoneNumberIdentifier(value) {
  try {
    return $isPhoneNumberIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isPhoneNumberIdentifier(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "value", v["value"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["value"])) return false;
  }
  return true;
}
function $checkPhoneNumberIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "value", v["value"]);
    if (s) {
      $extraKeys(e, p, v, ["value"]);
    }
  }
}
export {
  $checkPhoneNumberIdentifier,
  $isPhoneNumberIdentifier,
  isPhoneNumberIdentifier,
  validatePhoneNumberIdentifier
};
