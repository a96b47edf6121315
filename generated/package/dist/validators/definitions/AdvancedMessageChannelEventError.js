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
function validateAdvancedMessageChannelEventError(value, options) {
  return $validate(
    $isAdvancedMessageChannelEventError,
    $checkAdvancedMessageChannelEventError,
    value,
    options
  );
}
function isAdvancedMessageChannelEventError(value) {
  try {
    return $isAdvancedMessageChannelEventError(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageChannelEventError(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["channelCode"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("channelCode" in r1) || $hasOwn.call(v, "channelCode")))
    return false;
  const v3 = v["channelMessage"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("channelMessage" in r1) || $hasOwn.call(v, "channelMessage")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["channelCode", "channelMessage"])) return false;
  }
  return true;
}
function $checkAdvancedMessageChannelEventError(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "channelCode" in r1 && v, "channelCode", v["channelCode"], true);
    $checkStringProperty(e, p, "channelMessage" in r1 && v, "channelMessage", v["channelMessage"], true);
    if (s) {
      $extraKeys(e, p, v, ["channelCode", "channelMessage"]);
    }
  }
}
export {
  $checkAdvancedMessageChannelEventError,
  $isAdvancedMessageChannelEventError,
  isAdvancedMessageChannelEventError,
  validateAdvancedMessageChannelEventError
};
