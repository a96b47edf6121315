// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $validate,
  $checkStringProperty,
  $checkNumberProperty
} from "../../support/validation.js";
function validateAdvancedMessageLanguageDetection(value, options) {
  return $validate(
    $isAdvancedMessageLanguageDetection,
    $checkAdvancedMessageLanguageDetection,
    value,
    options
  );
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
  const v2 = v["language"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" && v2 !== void 0 && (!("language" in r1) || $hasOwn.call(v, "language")))
    return false;
  const v3 = v["confidenceScore"];
  if ((typeof v3 !== "number" || !Number.isFinite(v3)) && v3 !== void 0 && (!("confidenceScore" in r1) || $hasOwn.call(v, "confidenceScore")))
    return false;
  const v4 = v["translation"];
  if (typeof v4 !== "string" && v4 !== void 0 && (!("translation" in r1) || $hasOwn.call(v, "translation")))
    return false;
  if (s) {
    if (!$onlyKeys(v, ["language", "confidenceScore", "translation"])) return false;
  }
  return true;
}
function $checkAdvancedMessageLanguageDetection(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "language" in r1 && v, "language", v["language"], true);
    $checkNumberProperty(e, p, "confidenceScore" in r1 && v, "confidenceScore", v["confidenceScore"], true);
    $checkStringProperty(e, p, "translation" in r1 && v, "translation", v["translation"], true);
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
