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
function validateAdvancedMessageContext(value, options) {
  return $validate(
    $isAdvancedMessageContext,
    $checkAdvancedMessageContext,
    value,
    options
  );
}
function isAdvancedMessageContext(value) {
  try {
    return $isAdvancedMessageContext(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageContext(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["from"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("from" in r1) || $hasOwn.call(v, "from")))
    return false;
  const v3 = v["id"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("id" in r1) || $hasOwn.call(v, "id"))) return false;
  if (s) {
    if (!$onlyKeys(v, ["from", "id"])) return false;
  }
  return true;
}
function $checkAdvancedMessageContext(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "from" in r1 && v, "from", v["from"], true);
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"], true);
    if (s) {
      $extraKeys(e, p, v, ["from", "id"]);
    }
  }
}
export {
  $checkAdvancedMessageContext,
  $isAdvancedMessageContext,
  isAdvancedMessageContext,
  validateAdvancedMessageContext
};
