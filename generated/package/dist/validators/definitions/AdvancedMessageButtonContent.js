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
function validateAdvancedMessageButtonContent(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageButtonContent(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAdvancedMessageButtonContent(value) {
  try {
    return $isAdvancedMessageButtonContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageButtonContent(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "text", v["text"], true)) return false;
  if (!$isStringProperty(v, "payload", v["payload"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["text", "payload"])) return false;
  }
  return true;
}
function $checkAdvancedMessageButtonContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "text", v["text"], true);
    $checkStringProperty(e, p, v, "payload", v["payload"], true);
    if (s) {
      $extraKeys(e, p, v, ["text", "payload"]);
    }
  }
}
export {
  $checkAdvancedMessageButtonContent,
  $isAdvancedMessageButtonContent,
  isAdvancedMessageButtonContent,
  validateAdvancedMessageButtonContent
};
