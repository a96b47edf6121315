// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
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
  if (!$isStringProperty(v, "sender", v["sender"], true)) return false;
  if (!$isStringProperty(v, "recipient", v["recipient"], true)) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"], true)) return false;
  if (!$isDateTimeProperty(v, "userActionTimestamp", v["userActionTimestamp"], true)) return false;
  if (!$isStringProperty(v, "engagementContext", v["engagementContext"], true)) return false;
  if (!$isStringProperty(v, "userAgent", v["userAgent"], true)) return false;
  const v1 = v["engagementType"];
  if ($own(v, "engagementType", v1)) {
    if (typeof v1 !== "string") return false;
  }
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
    $checkStringProperty(e, p, v, "sender", v["sender"], true);
    $checkStringProperty(e, p, v, "recipient", v["recipient"], true);
    $checkStringProperty(e, p, v, "messageId", v["messageId"], true);
    $checkDateTimeProperty(e, p, v, "userActionTimestamp", v["userActionTimestamp"], true);
    $checkStringProperty(e, p, v, "engagementContext", v["engagementContext"], true);
    $checkStringProperty(e, p, v, "userAgent", v["userAgent"], true);
    const v1 = v["engagementType"];
    if ($has(e, p, v, "engagementType", v1)) {
      if (typeof v1 !== "string") {
        $fail(
          e,
          p + "/engagementType",
          'must be one of "view" | "click" | string',
          '"view" | "click" | string',
          $show(v1)
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
