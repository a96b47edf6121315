// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $show,
  $fail,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
function validateMicrosoftTeamsAppIdentifier(value, options) {
  return $validate(
    $isMicrosoftTeamsAppIdentifier,
    $checkMicrosoftTeamsAppIdentifier,
    value,
    options
  );
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
  const v2 = v["appId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "appId" in r1 && !$hasOwn.call(v, "appId")) return false;
  const v3 = v["cloud"];
  if (v3 !== void 0 && (!("cloud" in r1) || $hasOwn.call(v, "cloud"))) {
    if (typeof v3 !== "string") return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["appId", "cloud"])) return false;
  }
  return true;
}
function $checkMicrosoftTeamsAppIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "appId" in r1 && v, "appId", v["appId"]);
    const v2 = v["cloud"];
    if ($has(e, p, "cloud" in r1 && v, "cloud", v2)) {
      if (typeof v2 !== "string") {
        $fail(
          e,
          p + "/cloud",
          'must be one of "public" | "dod" | "gcch" | string',
          '"public" | "dod" | "gcch" | string',
          $show(v2)
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
