// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $dateTime,
  $errors,
  $fail,
  $caught,
  $reported,
  $checkStringProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import { $wireForms } from "../../support/wire-normalization.js";
import {
  $isEmailDeliveryStatusDetails,
  $checkEmailDeliveryStatusDetails
} from "../definitions/EmailDeliveryStatusDetails.js";
const $wireAcsEmailDeliveryReportReceivedEventData = [
  {
    erratum: "email-delivery-timestamp-casing",
    decision: "variant",
    parent: [],
    name: "deliveryAttemptTimestamp",
    published: {
      name: "deliveryAttemptTimeStamp"
    }
  }
];
function validateAcsEmailDeliveryReportReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsEmailDeliveryReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsEmailDeliveryReportReceivedEventData(data, options?.strict === true);
      } catch {
      }
    }
    if (!passes) $checkAcsEmailDeliveryReportReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsEmailDeliveryReportReceivedEventData(value) {
  try {
    return $isAcsEmailDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsEmailDeliveryReportReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["sender"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "sender" in r1 && !$hasOwn.call(v, "sender")) return false;
  const v3 = v["recipient"];
  if (typeof v3 !== "string" || "recipient" in r1 && !$hasOwn.call(v, "recipient")) return false;
  const v4 = v["internetMessageId"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("internetMessageId" in r1) || $hasOwn.call(v, "internetMessageId")))
    return false;
  const v5 = v["messageId"];
  if (typeof v5 !== "string" && v5 !== void 0 && (!("messageId" in r1) || $hasOwn.call(v, "messageId")))
    return false;
  const v6 = v["status"];
  if (v6 !== void 0 && (!("status" in r1) || $hasOwn.call(v, "status"))) {
    if (typeof v6 !== "string") return false;
  }
  const v9 = v["deliveryStatusDetails"];
  if (v9 === void 0 || "deliveryStatusDetails" in r1 && !$hasOwn.call(v, "deliveryStatusDetails"))
    return false;
  if (!$isEmailDeliveryStatusDetails(v9, s)) return false;
  const v12 = v["deliveryAttemptTimestamp"];
  if (typeof v12 !== "string" && v12 !== void 0 && (!("deliveryAttemptTimestamp" in r1) || $hasOwn.call(v, "deliveryAttemptTimestamp")))
    return false;
  if (typeof v12 === "string" && !$dateTime(v12) && (!("deliveryAttemptTimestamp" in r1) || $hasOwn.call(v, "deliveryAttemptTimestamp")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "sender",
      "recipient",
      "internetMessageId",
      "messageId",
      "status",
      "deliveryStatusDetails",
      "deliveryAttemptTimestamp"
    ]))
      return false;
  }
  return true;
}
function $checkAcsEmailDeliveryReportReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "sender" in r1 && v, "sender", v["sender"]);
    $checkStringProperty(e, p, "recipient" in r1 && v, "recipient", v["recipient"]);
    $checkStringProperty(
      e,
      p,
      "internetMessageId" in r1 && v,
      "internetMessageId",
      v["internetMessageId"],
      true
    );
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"], true);
    const v2 = v["status"];
    if ($has(e, p, "status" in r1 && v, "status", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/status",
          'must be one of "Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | string',
          '"Bounced" | "Delivered" | "Expanded" | "Failed" | "FilteredSpam" | "Quarantined" | "Suppressed" | string',
          $show(v2)
        );
      }
    }
    const v5 = v["deliveryStatusDetails"];
    if ($has(
      e,
      p,
      "deliveryStatusDetails" in r1 && v,
      "deliveryStatusDetails",
      v5,
      "EmailDeliveryStatusDetails"
    )) {
      $checkEmailDeliveryStatusDetails(v5, p + "/deliveryStatusDetails", e, s);
    }
    $checkDateTimeProperty(
      e,
      p,
      "deliveryAttemptTimestamp" in r1 && v,
      "deliveryAttemptTimestamp",
      v["deliveryAttemptTimestamp"],
      true
    );
    if (s) {
      $extraKeys(e, p, v, [
        "sender",
        "recipient",
        "internetMessageId",
        "messageId",
        "status",
        "deliveryStatusDetails",
        "deliveryAttemptTimestamp"
      ]);
    }
  }
}
export {
  isAcsEmailDeliveryReportReceivedEventData,
  validateAcsEmailDeliveryReportReceivedEventData
};
