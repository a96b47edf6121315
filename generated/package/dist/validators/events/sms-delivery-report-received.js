// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
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
import { $isSmsDeliveryAttempt, $checkSmsDeliveryAttempt } from "../definitions/SmsDeliveryAttempt.js";
const $wireAcsSmsDeliveryReportReceivedEventData = [
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "messageId",
    published: {
      name: "MessageId"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "from",
    published: {
      name: "From"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "to",
    published: {
      name: "To"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "deliveryStatus",
    published: {
      name: "DeliveryStatus"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "deliveryStatusDetails",
    published: {
      name: "DeliveryStatusDetails"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "receivedTimestamp",
    published: {
      name: "ReceivedTimestamp"
    }
  },
  {
    erratum: "sms-pascal-case-2020-09-65",
    decision: "doc-error",
    parent: [],
    name: "deliveryAttempts",
    published: {
      name: "DeliveryAttempts"
    }
  },
  {
    erratum: "sms-tag-casing-2025-01",
    decision: "doc-error",
    parent: [],
    name: "tag",
    published: {
      name: "Tag"
    }
  }
];
function validateAcsSmsDeliveryReportReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsSmsDeliveryReportReceivedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    $checkAcsSmsDeliveryReportReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsSmsDeliveryReportReceivedEventData(value) {
  try {
    return $isAcsSmsDeliveryReportReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsSmsDeliveryReportReceivedEventData(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  if (!$isStringProperty(v, "from", v["from"])) return false;
  if (!$isStringProperty(v, "to", v["to"])) return false;
  if (!$isStringProperty(v, "deliveryStatus", v["deliveryStatus"])) return false;
  if (!$isStringProperty(v, "deliveryStatusDetails", v["deliveryStatusDetails"])) return false;
  const v1 = v["deliveryAttempts"];
  if (!$own(v, "deliveryAttempts", v1)) return false;
  if (!Array.isArray(v1)) return false;
  const a2 = v1;
  for (let i3 = 0; i3 < a2.length; i3++) {
    const v4 = a2[i3];
    if (!$isSmsDeliveryAttempt(v4, s)) return false;
  }
  if (!$isDateTimeProperty(v, "receivedTimestamp", v["receivedTimestamp"], true)) return false;
  if (!$isStringProperty(v, "tag", v["tag"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "messageId",
      "from",
      "to",
      "deliveryStatus",
      "deliveryStatusDetails",
      "deliveryAttempts",
      "receivedTimestamp",
      "tag"
    ]))
      return false;
  }
  return true;
}
function $checkAcsSmsDeliveryReportReceivedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, v, "from", v["from"]);
    $checkStringProperty(e, p, v, "to", v["to"]);
    $checkStringProperty(e, p, v, "deliveryStatus", v["deliveryStatus"]);
    $checkStringProperty(e, p, v, "deliveryStatusDetails", v["deliveryStatusDetails"]);
    const v1 = v["deliveryAttempts"];
    if ($has(e, p, v, "deliveryAttempts", v1, "SmsDeliveryAttempt[]")) {
      if (!Array.isArray(v1)) {
        $fail(e, p + "/deliveryAttempts", "must be an array", "array", $type(v1));
      } else {
        const a2 = v1;
        for (let i3 = 0; i3 < a2.length; i3++) {
          const v4 = a2[i3];
          $checkSmsDeliveryAttempt(v4, p + "/deliveryAttempts/" + i3, e, s);
        }
      }
    }
    $checkDateTimeProperty(e, p, v, "receivedTimestamp", v["receivedTimestamp"], true);
    $checkStringProperty(e, p, v, "tag", v["tag"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "messageId",
        "from",
        "to",
        "deliveryStatus",
        "deliveryStatusDetails",
        "deliveryAttempts",
        "receivedTimestamp",
        "tag"
      ]);
    }
  }
}
export {
  isAcsSmsDeliveryReportReceivedEventData,
  validateAcsSmsDeliveryReportReceivedEventData
};
