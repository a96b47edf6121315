// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $isObject,
  $checkObject,
  $errors,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
function validateChatThreadProperties(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatThreadProperties(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "topic", v["topic"], true)) return false;
  return true;
}
function $checkChatThreadProperties(v, p, e, _s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "topic", v["topic"], true);
  }
}
export {
  $checkChatThreadProperties,
  $isChatThreadProperties,
  isChatThreadProperties,
  validateChatThreadProperties
};
