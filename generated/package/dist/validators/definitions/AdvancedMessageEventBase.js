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
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import {
  $isAdvancedMessageChannelEventError,
  $checkAdvancedMessageChannelEventError
} from "./AdvancedMessageChannelEventError.js";
function validateAdvancedMessageEventBase(value, options) {
  return $validate(
    $isAdvancedMessageEventBase,
    $checkAdvancedMessageEventBase,
    value,
    options
  );
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
  const v2 = v["channelType"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "channelType" in r1 && !$hasOwn.call(v, "channelType")) return false;
  if (typeof v2 !== "string") return false;
  const v5 = v["from"];
  if (typeof v5 !== "string" || "from" in r1 && !$hasOwn.call(v, "from")) return false;
  const v6 = v["to"];
  if (typeof v6 !== "string" || "to" in r1 && !$hasOwn.call(v, "to")) return false;
  const v7 = v["receivedTimestamp"];
  if (typeof v7 !== "string" || "receivedTimestamp" in r1 && !$hasOwn.call(v, "receivedTimestamp"))
    return false;
  const v8 = v["error"];
  if (v8 !== void 0 && (!("error" in r1) || $hasOwn.call(v, "error"))) {
    if (!$isAdvancedMessageChannelEventError(v8, s)) return false;
  }
  if (!$dateTime(v7)) return false;
  if (s) {
    if (!$onlyKeys(v, ["channelType", "from", "to", "receivedTimestamp", "error"])) return false;
  }
  return true;
}
function $checkAdvancedMessageEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["channelType"];
    if ($has(e, p, "channelType" in r1 && v, "channelType", v2, '"whatsapp" | string')) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/channelType", 'must be one of "whatsapp" | string', '"whatsapp" | string', $show(v2));
      }
    }
    $checkStringProperty(e, p, "from" in r1 && v, "from", v["from"]);
    $checkStringProperty(e, p, "to" in r1 && v, "to", v["to"]);
    $checkDateTimeProperty(e, p, "receivedTimestamp" in r1 && v, "receivedTimestamp", v["receivedTimestamp"]);
    const v5 = v["error"];
    if ($has(e, p, "error" in r1 && v, "error", v5)) {
      $checkAdvancedMessageChannelEventError(v5, p + "/error", e, s);
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
