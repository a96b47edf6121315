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
  $checkStringProperty,
  $isBooleanProperty,
  $checkBooleanProperty
} from "../../support/validation.js";
function validateAdvancedMessageMediaContent(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageMediaContent(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAdvancedMessageMediaContent(value) {
  try {
    return $isAdvancedMessageMediaContent(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageMediaContent(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "mimeType", v["mimeType"])) return false;
  if (!$isStringProperty(v, "id", v["id"])) return false;
  if (!$isStringProperty(v, "fileName", v["fileName"], true)) return false;
  if (!$isStringProperty(v, "caption", v["caption"], true)) return false;
  if (!$isBooleanProperty(v, "animated", v["animated"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["mimeType", "id", "fileName", "caption", "animated"])) return false;
  }
  return true;
}
function $checkAdvancedMessageMediaContent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "mimeType", v["mimeType"]);
    $checkStringProperty(e, p, v, "id", v["id"]);
    $checkStringProperty(e, p, v, "fileName", v["fileName"], true);
    $checkStringProperty(e, p, v, "caption", v["caption"], true);
    $checkBooleanProperty(e, p, v, "animated", v["animated"], true);
    if (s) {
      $extraKeys(e, p, v, ["mimeType", "id", "fileName", "caption", "animated"]);
    }
  }
}
export {
  $checkAdvancedMessageMediaContent,
  $isAdvancedMessageMediaContent,
  isAdvancedMessageMediaContent,
  validateAdvancedMessageMediaContent
};
