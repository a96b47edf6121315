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
function validateRouterEventBase(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterEventBase(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isRouterEventBase(value) {
  try {
    return $isRouterEventBase(value, false);
  } catch {
    return false;
  }
}
function $isRouterEventBase(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "jobId", v["jobId"])) return false;
  const v1 = v["channelReference"];
  if ($own(v, "channelReference", v1)) {
    if (typeof v1 !== "string" && v1 !== null) return false;
  }
  if (!$isStringProperty(v, "channelId", v["channelId"])) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId"])) return false;
  }
  return true;
}
function $checkRouterEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "jobId", v["jobId"]);
    const v1 = v["channelReference"];
    if ($has(e, p, v, "channelReference", v1)) {
      if (typeof v1 !== "string" && v1 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v1));
      }
    }
    $checkStringProperty(e, p, v, "channelId", v["channelId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId"]);
    }
  }
}
export {
  $checkRouterEventBase,
  $isRouterEventBase,
  isRouterEventBase,
  validateRouterEventBase
};
