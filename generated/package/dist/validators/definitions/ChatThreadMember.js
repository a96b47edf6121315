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
function validateChatThreadMember(value, options) {
  return $validate($isChatThreadMember, $checkChatThreadMember, value, options);
}
function isChatThreadMember(value) {
  try {
    return $isChatThreadMember(value, false);
  } catch {
    return false;
  }
}
function $isChatThreadMember(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["displayName"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "displayName" in r1 && !$hasOwn.call(v, "displayName")) return false;
  const v3 = v["memberId"];
  if (typeof v3 !== "string" || "memberId" in r1 && !$hasOwn.call(v, "memberId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["displayName", "memberId"])) return false;
  }
  return true;
}
function $checkChatThreadMember(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "displayName" in r1 && v, "displayName", v["displayName"]);
    $checkStringProperty(e, p, "memberId" in r1 && v, "memberId", v["memberId"]);
    if (s) {
      $extraKeys(e, p, v, ["displayName", "memberId"]);
    }
  }
}
export {
  $checkChatThreadMember,
  $isChatThreadMember,
  isChatThreadMember,
  validateChatThreadMember
};
