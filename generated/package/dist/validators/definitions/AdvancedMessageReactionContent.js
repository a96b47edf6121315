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
function validateAdvancedMessageReactionContent(value, options) {
  return $validate(
    $isAdvancedMessageReactionContent,
    $checkAdvancedMessageReactionContent,
    value,
    options
  );
}
function isAdvancedMessageReactionContent(value) {
  try {
    return $isAdvancedMessageReactionContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageReactionContent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["messageId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "messageId" in r1 && !$hasOwn.call(v, "messageId")) return false;
  const v3 = v["emoji"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("emoji" in r1) || $hasOwn.call(v, "emoji")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["messageId", "emoji"])) return false;
  }
  return true;
}
function $checkAdvancedMessageReactionContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "messageId" in r1 && v, "messageId", v["messageId"]);
    $checkStringProperty(e, p, "emoji" in r1 && v, "emoji", v["emoji"], true);
    if (s) {
      $extraKeys(e, p, v, ["messageId", "emoji"]);
    }
  }
}
export {
  $checkAdvancedMessageReactionContent,
  $isAdvancedMessageReactionContent,
  isAdvancedMessageReactionContent,
  validateAdvancedMessageReactionContent
};
