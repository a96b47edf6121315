// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty,
  $checkIntegerProperty
} from "../../support/validation.js";
function validateCallEndReason(value, options) {
  return $validate($isCallEndReason, $checkCallEndReason, value, options);
}
function isCallEndReason(value) {
  try {
    return $isCallEndReason(value, false);
  } catch {
    return false;
  }
}
function $isCallEndReason(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["code"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if ((typeof v2 !== "number" || !Number.isInteger(v2)) && v2 !== void 0 && (!("code" in r1) || $hasOwn.call(v, "code")))
    return false;
  const v3 = v["subCode"];
  if ((typeof v3 !== "number" || !Number.isInteger(v3)) && v3 !== void 0 && (!("subCode" in r1) || $hasOwn.call(v, "subCode")))
    return false;
  const v4 = v["phrase"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("phrase" in r1) || $hasOwn.call(v, "phrase")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["code", "subCode", "phrase"])) return false;
  }
  return true;
}
function $checkCallEndReason(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkIntegerProperty(e, p, "code" in r1 && v, "code", v["code"], true);
    $checkIntegerProperty(e, p, "subCode" in r1 && v, "subCode", v["subCode"], true);
    $checkStringProperty(e, p, "phrase" in r1 && v, "phrase", v["phrase"], true);
    if (s) {
      $extraKeys(e, p, v, ["code", "subCode", "phrase"]);
    }
  }
}
export {
  $checkCallEndReason,
  $isCallEndReason,
  isCallEndReason,
  validateCallEndReason
};
