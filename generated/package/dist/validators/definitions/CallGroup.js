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
function validateCallGroup(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkCallGroup(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isCallGroup(value) {
  try {
    return $isCallGroup(value, false);
  } catch {
    return false;
  }
}
function $isCallGroup(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "id", v["id"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["id"])) return false;
  }
  return true;
}
function $checkCallGroup(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "id", v["id"], true);
    if (s) {
      $extraKeys(e, p, v, ["id"]);
    }
  }
}
export {
  $checkCallGroup,
  $isCallGroup,
  isCallGroup,
  validateCallGroup
};
