// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $int32,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
function validateRouterChannelConfiguration(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterChannelConfiguration(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isRouterChannelConfiguration(value) {
  try {
    return $isRouterChannelConfiguration(value, false);
  } catch {
    return false;
  }
}
function $isRouterChannelConfiguration(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "channelId", v["channelId"])) return false;
  const v1 = v["capacityCostPerJob"];
  if (!$own(v, "capacityCostPerJob", v1)) return false;
  if (typeof v1 !== "number" || !Number.isInteger(v1)) return false;
  if (!$int32(v1)) return false;
  const v2 = v["maxNumberOfJobs"];
  if ($own(v, "maxNumberOfJobs", v2)) {
    if ((typeof v2 !== "number" || !Number.isInteger(v2)) && v2 !== null) return false;
    if (typeof v2 === "number" && !$int32(v2)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["channelId", "capacityCostPerJob", "maxNumberOfJobs"])) return false;
  }
  return true;
}
function $checkRouterChannelConfiguration(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "channelId", v["channelId"]);
    const v1 = v["capacityCostPerJob"];
    if ($has(e, p, v, "capacityCostPerJob", v1, "int32")) {
      if (typeof v1 !== "number" || !Number.isInteger(v1)) {
        $fail(e, p + "/capacityCostPerJob", "must be an integer", "integer", $type(v1));
      } else {
        if (!$int32(v1)) {
          $fail(
            e,
            p + "/capacityCostPerJob",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v1)
          );
        }
      }
    }
    const v2 = v["maxNumberOfJobs"];
    if ($has(e, p, v, "maxNumberOfJobs", v2)) {
      if ((typeof v2 !== "number" || !Number.isInteger(v2)) && v2 !== null) {
        $fail(e, p + "/maxNumberOfJobs", "must be an integer or null", "integer | null", $type(v2));
      } else {
        if (typeof v2 === "number" && !$int32(v2)) {
          $fail(
            e,
            p + "/maxNumberOfJobs",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v2)
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["channelId", "capacityCostPerJob", "maxNumberOfJobs"]);
    }
  }
}
export {
  $checkRouterChannelConfiguration,
  $isRouterChannelConfiguration,
  isRouterChannelConfiguration,
  validateRouterChannelConfiguration
};
