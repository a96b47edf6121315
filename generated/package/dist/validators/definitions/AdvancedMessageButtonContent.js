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
function validateAdvancedMessageButtonContent(value, options) {
  return $validate(
    $isAdvancedMessageButtonContent,
    $checkAdvancedMessageButtonContent,
    value,
    options
  );
}
function isAdvancedMessageButtonContent(value) {
  try {
    return $isAdvancedMessageButtonContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageButtonContent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["text"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("text" in r1) || $hasOwn.call(v, "text")))
    return false;
  const v3 = v["payload"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("payload" in r1) || $hasOwn.call(v, "payload")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["text", "payload"])) return false;
  }
  return true;
}
function $checkAdvancedMessageButtonContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "text" in r1 && v, "text", v["text"], true);
    $checkStringProperty(e, p, "payload" in r1 && v, "payload", v["payload"], true);
    if (s) {
      $extraKeys(e, p, v, ["text", "payload"]);
    }
  }
}
export {
  $checkAdvancedMessageButtonContent,
  $isAdvancedMessageButtonContent,
  isAdvancedMessageButtonContent,
  validateAdvancedMessageButtonContent
};
