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
function validateEmailDeliveryStatusDetails(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkEmailDeliveryStatusDetails(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isEmailDeliveryStatusDetails(value) {
  try {
    return $isEmailDeliveryStatusDetails(value, false);
  } catch {
    return false;
  }
}
function $isEmailDeliveryStatusDetails(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "recipientMailServerHostName", v["recipientMailServerHostName"], true))
    return false;
  if (!$isStringProperty(v, "statusMessage", v["statusMessage"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["recipientMailServerHostName", "statusMessage"])) return false;
  }
  return true;
}
function $checkEmailDeliveryStatusDetails(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "recipientMailServerHostName", v["recipientMailServerHostName"], true);
    $checkStringProperty(e, p, v, "statusMessage", v["statusMessage"], true);
    if (s) {
      $extraKeys(e, p, v, ["recipientMailServerHostName", "statusMessage"]);
    }
  }
}
export {
  $checkEmailDeliveryStatusDetails,
  $isEmailDeliveryStatusDetails,
  isEmailDeliveryStatusDetails,
  validateEmailDeliveryStatusDetails
};
