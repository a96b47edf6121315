// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
function validateMicrosoftTeamsAppIdentifier(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkMicrosoftTeamsAppIdentifier(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isMicrosoftTeamsAppIdentifier(value) {
  try {
    return $isMicrosoftTeamsAppIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isMicrosoftTeamsAppIdentifier(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "appId", v["appId"])) return false;
  const v1 = v["cloud"];
  if ($own(v, "cloud", v1)) {
    if (typeof v1 !== "string") return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["appId", "cloud"])) return false;
  }
  return true;
}
function $checkMicrosoftTeamsAppIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "appId", v["appId"]);
    const v1 = v["cloud"];
    if ($has(e, p, v, "cloud", v1)) {
      if (typeof v1 !== "string") {
        $fail(
          e,
          p + "/cloud",
          'must be one of "public" | "dod" | "gcch" | string',
          '"public" | "dod" | "gcch" | string',
          $show(v1)
        );
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["appId", "cloud"]);
    }
  }
}
export {
  $checkMicrosoftTeamsAppIdentifier,
  $isMicrosoftTeamsAppIdentifier,
  isMicrosoftTeamsAppIdentifier,
  validateMicrosoftTeamsAppIdentifier
};
