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
function validateAdvancedMessageContext(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageContext(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "from", v["from"], true)) return false;
  if (!$isStringProperty(v, "id", v["id"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["from", "id"])) return false;
  }
  return true;
}
function $checkAdvancedMessageContext(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "from", v["from"], true);
    $checkStringProperty(e, p, v, "id", v["id"], true);
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
