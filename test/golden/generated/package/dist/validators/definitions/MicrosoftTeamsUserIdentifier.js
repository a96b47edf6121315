// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $fail,
  $validate,
  $checkStringProperty,
  $checkBooleanProperty
} from "../../support/validation.js";
function validateMicrosoftTeamsUserIdentifier(value, options) {
  return $validate(
    $isMicrosoftTeamsUserIdentifier,
    $checkMicrosoftTeamsUserIdentifier,
    value,
    options
  );
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
  const v2 = v["userId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "userId" in r1 && !$hasOwn.call(v, "userId")) return false;
  const v3 = v["isAnonymous"];
  if (typeof v3 !== "boolean" && v3 !== void 0 && (!("isAnonymous" in r1) || $hasOwn.call(v, "isAnonymous")))
    return false;
  const v4 = v["cloud"];
  if (v4 !== void 0 && (!("cloud" in r1) || $hasOwn.call(v, "cloud"))) {
    if (typeof v4 !== "string") return false;
    if (v4 !== "public" && v4 !== "dod" && v4 !== "gcch") return false;
  }
  if (s) {
    if (!$onlyKeys(v, ["userId", "isAnonymous", "cloud"])) return false;
  }
  return true;
}
function $checkMicrosoftTeamsUserIdentifier(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "userId" in r1 && v, "userId", v["userId"]);
    $checkBooleanProperty(e, p, "isAnonymous" in r1 && v, "isAnonymous", v["isAnonymous"], true);
    const v2 = v["cloud"];
    if ($has(e, p, "cloud" in r1 && v, "cloud", v2)) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/cloud", "must be a string", "string", $type(v2));
      } else {
        if (v2 !== "public" && v2 !== "dod" && v2 !== "gcch") {
          $fail(
            e,
            p + "/cloud",
            'must be one of "public" | "dod" | "gcch"',
            '"public" | "dod" | "gcch"',
            $show(v2)
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
