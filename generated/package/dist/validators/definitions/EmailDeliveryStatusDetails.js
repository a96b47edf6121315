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
function validateEmailDeliveryStatusDetails(value, options) {
  return $validate(
    $isEmailDeliveryStatusDetails,
    $checkEmailDeliveryStatusDetails,
    value,
    options
  );
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
  const v2 = v["recipientMailServerHostName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("recipientMailServerHostName" in r1) || $hasOwn.call(v, "recipientMailServerHostName")))
    return false;
  const v3 = v["statusMessage"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("statusMessage" in r1) || $hasOwn.call(v, "statusMessage")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["recipientMailServerHostName", "statusMessage"])) return false;
  }
  return true;
}
function $checkEmailDeliveryStatusDetails(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(
      e,
      p,
      "recipientMailServerHostName" in r1 && v,
      "recipientMailServerHostName",
      v["recipientMailServerHostName"],
      true
    );
    $checkStringProperty(e, p, "statusMessage" in r1 && v, "statusMessage", v["statusMessage"], true);
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
