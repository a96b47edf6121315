// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
function validateChatThreadMember(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatThreadMember(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "displayName", v["displayName"])) return false;
  if (!$isStringProperty(v, "memberId", v["memberId"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["displayName", "memberId"])) return false;
  }
  return true;
}
function $checkChatThreadMember(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "displayName", v["displayName"]);
    $checkStringProperty(e, p, v, "memberId", v["memberId"]);
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
