// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
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
import { $isRouterLabels, $checkRouterLabels } from "./RouterLabels.js";
function validateRouterQueueDetails(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterQueueDetails(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isRouterQueueDetails(value) {
  try {
    return $isRouterQueueDetails(value, false);
  } catch {
    return false;
  }
}
function $isRouterQueueDetails(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "id", v["id"])) return false;
  if (!$isStringProperty(v, "name", v["name"])) return false;
  const v1 = v["labels"];
  if ($own(v, "labels", v1)) {
    if (!$isRouterLabels(v1, s)) return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["id", "name", "labels"])) return false;
  }
  return true;
}
function $checkRouterQueueDetails(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "id", v["id"]);
    $checkStringProperty(e, p, v, "name", v["name"]);
    const v1 = v["labels"];
    if ($has(e, p, v, "labels", v1)) {
      $checkRouterLabels(v1, p + "/labels", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ["id", "name", "labels"]);
    }
  }
}
export {
  $checkRouterQueueDetails,
  $isRouterQueueDetails,
  isRouterQueueDetails,
  validateRouterQueueDetails
};
