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
function validateChatInThreadEventBase(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkChatInThreadEventBase(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isChatInThreadEventBase(value) {
  try {
    return $isChatInThreadEventBase(value, false);
  } catch {
    return false;
  }
}
function $isChatInThreadEventBase(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "transactionId", v["transactionId"])) return false;
  if (!$isStringProperty(v, "threadId", v["threadId"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["transactionId", "threadId"])) return false;
  }
  return true;
}
function $checkChatInThreadEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, v, "threadId", v["threadId"]);
    if (s) {
      $extraKeys(e, p, v, ["transactionId", "threadId"]);
    }
  }
}
export {
  $checkChatInThreadEventBase,
  $isChatInThreadEventBase,
  isChatInThreadEventBase,
  validateChatInThreadEventBase
};
