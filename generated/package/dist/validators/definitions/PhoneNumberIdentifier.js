// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
function validatePhoneNumberIdentifier(value, options) {
  return $validate(
    $isPhoneNumberIdentifier,
    $checkPhoneNumberIdentifier,
    value,
    options
  );
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
  const v2 = v["value"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "value" in r1 && !$hasOwn.call(v, "value")) return false;
  if (s) {
    if (!$onlyKeys(v, ["value"])) return false;
  }
  return true;
}
function $checkPhoneNumberIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "value" in r1 && v, "value", v["value"]);
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
