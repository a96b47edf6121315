// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
function validateChatThreadProperties(value, options) {
  return $validate($isChatThreadProperties, $checkChatThreadProperties, value, options);
}
function isChatThreadProperties(value) {
  try {
    return $isChatThreadProperties(value, false);
  } catch {
    return false;
  }
}
function $isChatThreadProperties(v, _s) {
  if (!$isObject(v)) return false;
  const v2 = v["topic"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("topic" in r1) || $hasOwn.call(v, "topic")))
    return false;
  return true;
}
function $checkChatThreadProperties(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "topic" in r1 && v, "topic", v["topic"], true);
  }
}
export {
  $checkChatThreadProperties,
  $isChatThreadProperties,
  isChatThreadProperties,
  validateChatThreadProperties
};
