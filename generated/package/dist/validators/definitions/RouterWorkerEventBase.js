// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
function validateRouterWorkerEventBase(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterWorkerEventBase(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isRouterWorkerEventBase(value) {
  try {
    return $isRouterWorkerEventBase(value, false);
  } catch {
    return false;
  }
}
function $isRouterWorkerEventBase(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "jobId", v["jobId"])) return false;
  const v2 = v["channelReference"];
  if ($own(v, "channelReference", v2)) {
    if (typeof v2 !== "string" && v2 !== null) return false;
  }
  if (!$isStringProperty(v, "channelId", v["channelId"])) return false;
  if (!$isStringProperty(v, "workerId", v["workerId"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "workerId"])) return false;
  }
  return true;
}
function $checkRouterWorkerEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "jobId", v["jobId"]);
    const v2 = v["channelReference"];
    if ($has(e, p, v, "channelReference", v2)) {
      if (typeof v2 !== "string" && v2 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v2));
      }
    }
    $checkStringProperty(e, p, v, "channelId", v["channelId"]);
    $checkStringProperty(e, p, v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "workerId"]);
    }
  }
}
export {
  $checkRouterWorkerEventBase,
  $isRouterWorkerEventBase,
  isRouterWorkerEventBase,
  validateRouterWorkerEventBase
};
