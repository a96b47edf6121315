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
function validateChatInThreadEventBase(value, options) {
  return $validate(
    $isChatInThreadEventBase,
    $checkChatInThreadEventBase,
    value,
    options
  );
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
  const v2 = v["transactionId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "transactionId" in r1 && !$hasOwn.call(v, "transactionId")) return false;
  const v3 = v["threadId"];
  if (typeof v3 !== "string" || "threadId" in r1 && !$hasOwn.call(v, "threadId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["transactionId", "threadId"])) return false;
  }
  return true;
}
function $checkChatInThreadEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "transactionId" in r1 && v, "transactionId", v["transactionId"]);
    $checkStringProperty(e, p, "threadId" in r1 && v, "threadId", v["threadId"]);
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
