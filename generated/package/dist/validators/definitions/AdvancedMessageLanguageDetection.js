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
  $isNumberProperty,
  $checkNumberProperty
} from "../../support/validation.js";
function validateAdvancedMessageLanguageDetection(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAdvancedMessageLanguageDetection(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAdvancedMessageLanguageDetection(value) {
  try {
    return $isAdvancedMessageLanguageDetection(value, false);
  } catch {
    return false;
  }
}
function $isAdvancedMessageLanguageDetection(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "language", v["language"], true)) return false;
  if (!$isNumberProperty(v, "confidenceScore", v["confidenceScore"], true)) return false;
  if (!$isStringProperty(v, "translation", v["translation"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ["language", "confidenceScore", "translation"])) return false;
  }
  return true;
}
function $checkAdvancedMessageLanguageDetection(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "language", v["language"], true);
    $checkNumberProperty(e, p, v, "confidenceScore", v["confidenceScore"], true);
    $checkStringProperty(e, p, v, "translation", v["translation"], true);
    if (s) {
      $extraKeys(e, p, v, ["language", "confidenceScore", "translation"]);
    }
  }
}
export {
  $checkAdvancedMessageLanguageDetection,
  $isAdvancedMessageLanguageDetection,
  isAdvancedMessageLanguageDetection,
  validateAdvancedMessageLanguageDetection
};
