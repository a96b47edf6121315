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
const $wireAcsEmailEngagementTrackingReportReceivedEventData = [
  {
    erratum: "email-engagement-timestamp-casing",
    decision: "variant",
    parent: [],
    name: "userActionTimestamp",
    published: {
      name: "userActionTimeStamp"
    }
  }
];
function validateAcsEmailEngagementTrackingReportReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsEmailEngagementTrackingReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsEmailEngagementTrackingReportReceivedEventData(data, options?.strict === true);
      } catch {
      }
    }
    if (!passes)
      $checkAcsEmailEngagementTrackingReportReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsEmailEngagementTrackingReportReceivedEventData(value) {
  try {
    return $isAcsEmailEngagementTrackingReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsEmailEngagementTrackingReportReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["sender"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("sender" in r1) || $hasOwn.call(v, "sender")))
    return false;
  const v3 = v["recipient"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("recipient" in r1) || $hasOwn.call(v, "recipient")))
    return false;
  const v4 = v["messageId"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("messageId" in r1) || $hasOwn.call(v, "messageId")))
    return false;
  const v5 = v["userActionTimestamp"];
  if (typeof v5 !== "string" && v5 !== void 0 && (!("userActionTimestamp" in r1) || $hasOwn.call(v, "userActionTimestamp")))
    return false;
  const v6 = v["engagementContext"];
  if (typeof v6 !== "string" && v6 !== void 0 && (!("engagementContext" in r1) || $hasOwn.call(v, "engagementContext")))
    return false;
  const v7 = v["userAgent"];
  if (typeof v7 !== "string" && v7 !== void 0 && (!("userAgent" in r1) || $hasOwn.call(v, "userAgent")))
    return false;
  const v8 = v["engagementType"];
  if (v8 !== void 0 && (!("engagementType" in r1) || $hasOwn.call(v, "engagementType"))) {
    if (typeof v8 !== "string") return false;
  }
  if (typeof v5 === "string" && !$dateTime(v5) && (!("userActionTimestamp" in r1) || $hasOwn.call(v, "userActionTimestamp")))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "sender",
      "recipient",
      "messageId",
      "userActionTimestamp",
      "engagementContext",
      "userAgent",
      "engagementType"
    ]))
      return false;
  }
  return true;
}
function $checkAcsEmailEngagementTrackingReportReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "sender" in r1 && v, "sender", v["sender"], true);
    $checkStringProperty(e, p, "recipient" in r1 && v, "recipient", v["recipient"], true);
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"], true);
    $checkDateTimeProperty(
      e,
      p,
      "userActionTimestamp" in r1 && v,
      "userActionTimestamp",
      v["userActionTimestamp"],
      true
    );
    $checkStringProperty(
      e,
      p,
      "engagementContext" in r1 && v,
      "engagementContext",
      v["engagementContext"],
      true
    );
    $checkStringProperty(e, p, "userAgent" in r1 && v, "userAgent", v["userAgent"], true);
    const v2 = v["engagementType"];
    if ($has(e, p, "engagementType" in r1 && v, "engagementType", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/engagementType",
          'must be one of "view" | "click" | string',
          '"view" | "click" | string',
          $show(v2)
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "sender",
        "recipient",
        "messageId",
        "userActionTimestamp",
        "engagementContext",
        "userAgent",
        "engagementType"
      ]);
    }
  }
}
export {
  isAcsEmailEngagementTrackingReportReceivedEventData,
  validateAcsEmailEngagementTrackingReportReceivedEventData
};
