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
} from "./AdvancedMessageChannelEventError.js";
function validateAdvancedMessageEventBase(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageEventBase(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAdvancedMessageEventBase(value) {
  try {
    return $isAdvancedMessageEventBase(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v1 = v["channelType"];
  if (!$own(v, "channelType", v1)) return false;
  if (typeof v1 !== "string") return false;
  if (!$isStringProperty(v, "from", v["from"])) return false;
  if (!$isStringProperty(v, "to", v["to"])) return false;
  if (!$isDateTimeProperty(v, "receivedTimestamp", v["receivedTimestamp"])) return false;
  const v3 = v["error"];
  if ($own(v, "error", v3)) {
    if (!$isAdvancedMessageChannelEventError(v3, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["channelType", "from", "to", "receivedTimestamp", "error"])) return false;
  }
  return true;
}
function $checkAdvancedMessageEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["channelType"];
    if ($has(e, p, v, "channelType", v1, '"whatsapp" | string')) {
      if (typeof v1 !== "string") {
        $fail(e, p + "/channelType", 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v1));
      }
    }
    $checkStringProperty(e, p, v, "from", v["from"]);
    $checkStringProperty(e, p, v, "to", v["to"]);
    $checkDateTimeProperty(e, p, v, "receivedTimestamp", v["receivedTimestamp"]);
    const v3 = v["error"];
    if ($has(e, p, v, "error", v3)) {
      $checkAdvancedMessageChannelEventError(v3, p + "/error", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["channelType", "from", "to", "receivedTimestamp", "error"]);
    }
  }
}
export {
  $checkAdvancedMessageEventBase,
  $isAdvancedMessageEventBase,
  isAdvancedMessageEventBase,
  validateAdvancedMessageEventBase
};
