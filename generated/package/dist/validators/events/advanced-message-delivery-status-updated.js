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
import {
  $isAdvancedMessageChannelEventError,
  $checkAdvancedMessageChannelEventError
} from "../definitions/AdvancedMessageChannelEventError.js";
function validateAcsAdvancedMessageDeliveryStatusUpdatedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsAdvancedMessageDeliveryStatusUpdatedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsAdvancedMessageDeliveryStatusUpdatedEventData(value) {
  try {
    return $isAcsAdvancedMessageDeliveryStatusUpdatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsAdvancedMessageDeliveryStatusUpdatedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["channelType"];
  if (!$own(v, "channelType", v2)) return false;
  if (typeof v2 !== "string") return false;
  if (!$isStringProperty(v, "from", v["from"])) return false;
  if (!$isStringProperty(v, "to", v["to"])) return false;
  if (!$isDateTimeProperty(v, "receivedTimestamp", v["receivedTimestamp"])) return false;
  const v4 = v["error"];
  if ($own(v, "error", v4)) {
    if (!$isAdvancedMessageChannelEventError(v4, s)) return false;
  }
  if (!$isStringProperty(v, "messageId", v["messageId"])) return false;
  const v6 = v["status"];
  if (!$own(v, "status", v6)) return false;
  if (typeof v6 !== "string") return false;
  if (s) {
    if (!$onlyKeys(v, ["channelType", "from", "to", "receivedTimestamp", "error", "messageId", "status"]))
      return false;
  }
  return true;
}
function $checkAcsAdvancedMessageDeliveryStatusUpdatedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v2 = v["channelType"];
    if ($has(e, p, v, "channelType", v2, '"whatsapp" | string')) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/channelType", 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v2));
      }
    }
    $checkStringProperty(e, p, v, "from", v["from"]);
    $checkStringProperty(e, p, v, "to", v["to"]);
    $checkDateTimeProperty(e, p, v, "receivedTimestamp", v["receivedTimestamp"]);
    const v4 = v["error"];
    if ($has(e, p, v, "error", v4)) {
      $checkAdvancedMessageChannelEventError(v4, p + "/error", e, s);
    }
    $checkStringProperty(e, p, v, "messageId", v["messageId"]);
    const v6 = v["status"];
    if ($has(e, p, v, "status", v6, '"Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string')) {
      if (typeof v6 !== "string") {
        $fail(
          e,
          p + "/status",
          'must be one of "Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
          '"Sent" | "Delivered" | "Read" | "Failed" | "Warning" | "Unknown" | string',
          $show(v6)
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["channelType", "from", "to", "receivedTimestamp", "error", "messageId", "status"]);
    }
  }
}
export {
  isAcsAdvancedMessageDeliveryStatusUpdatedEventData,
  validateAcsAdvancedMessageDeliveryStatusUpdatedEventData
};
