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
function validateAcsRouterWorkerDeregisteredEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterWorkerDeregisteredEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "workerId", v["workerId"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["workerId"])) return false;
  }
  return true;
}
function $checkAcsRouterWorkerDeregisteredEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, ["workerId"]);
    }
  }
}
export {
  isAcsRouterWorkerDeregisteredEventData,
  validateAcsRouterWorkerDeregisteredEventData
};
