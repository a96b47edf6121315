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
function validateAcsRouterWorkerDeregisteredEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerDeregisteredEventData,
    $checkAcsRouterWorkerDeregisteredEventData,
    value,
    options
  );
}
function isAcsRouterWorkerDeregisteredEventData(value) {
  try {
    return $isAcsRouterWorkerDeregisteredEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerDeregisteredEventData(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["workerId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "workerId" in r1 && !$hasOwn.call(v, "workerId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["workerId"])) return false;
  }
  return true;
}
function $checkAcsRouterWorkerDeregisteredEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r1 && v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, ["workerId"]);
    }
  }
}
export {
  isAcsRouterWorkerDeregisteredEventData,
  validateAcsRouterWorkerDeregisteredEventData
};
