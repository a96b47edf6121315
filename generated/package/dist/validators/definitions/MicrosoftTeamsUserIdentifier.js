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
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isBooleanProperty,
  $checkBooleanProperty
} from "../../support/validation.js";
function validateMicrosoftTeamsUserIdentifier(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkMicrosoftTeamsUserIdentifier(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isMicrosoftTeamsUserIdentifier(value) {
  try {
    return $isMicrosoftTeamsUserIdentifier(value, false);
  } catch {
    return false;
  }
}
function $isMicrosoftTeamsUserIdentifier(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "userId", v["userId"])) return false;
  if (!$isBooleanProperty(v, "isAnonymous", v["isAnonymous"], true)) return false;
  const v1 = v["cloud"];
  if ($own(v, "cloud", v1)) {
    if (typeof v1 !== "string") return false;
    if (v1 !== "public" && v1 !== "dod" && v1 !== "gcch") return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["userId", "isAnonymous", "cloud"])) return false;
  }
  return true;
}
function $checkMicrosoftTeamsUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "userId", v["userId"]);
    $checkBooleanProperty(e, p, v, "isAnonymous", v["isAnonymous"], true);
    const v1 = v["cloud"];
    if ($has(e, p, v, "cloud", v1)) {
      if (typeof v1 !== "string") {
        $fail(e, p + "/cloud", "must be a string", "string", $type(v1));
      } else {
        if (v1 !== "public" && v1 !== "dod" && v1 !== "gcch") {
          $fail(
            e,
            p + "/cloud",
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v1)
          );
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["userId", "isAnonymous", "cloud"]);
    }
  }
}
export {
  $checkMicrosoftTeamsUserIdentifier,
  $isMicrosoftTeamsUserIdentifier,
  isMicrosoftTeamsUserIdentifier,
  validateMicrosoftTeamsUserIdentifier
};
