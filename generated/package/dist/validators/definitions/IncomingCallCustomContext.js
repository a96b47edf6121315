// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $esc,
  $errors,
  $fail,
  $caught,
  $reported
} from "../../support/validation.js";
function validateIncomingCallCustomContext(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkIncomingCallCustomContext(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isIncomingCallCustomContext(value) {
  try {
    return $isIncomingCallCustomContext(value, false);
  } catch {
    return false;
  }
}
function $isIncomingCallCustomContext(v, s) {
  if (!$isObject(v)) return false;
  const v1 = v["sipHeaders"];
  if ($own(v, "sipHeaders", v1)) {
    if (!$isObject(v1)) return false;
    for (const k2 in v1) {
      if (!$hasOwn.call(v1, k2)) continue;
      const v3 = v1[k2];
      if (typeof v3 !== "string") return false;
    }
  }
  const v4 = v["voipHeaders"];
  if ($own(v, "voipHeaders", v4)) {
    if (!$isObject(v4)) return false;
    for (const k5 in v4) {
      if (!$hasOwn.call(v4, k5)) continue;
      const v6 = v4[k5];
      if (typeof v6 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["sipHeaders", "voipHeaders"])) return false;
  }
  return true;
}
function $checkIncomingCallCustomContext(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["sipHeaders"];
    if ($has(e, p, v, "sipHeaders", v1)) {
      if ($checkObject(e, p + "/sipHeaders", v1)) {
        for (const k2 in v1) {
          if (!$hasOwn.call(v1, k2)) continue;
          const v3 = v1[k2];
          if (typeof v3 !== "string") {
            $fail(e, p + "/sipHeaders/" + $esc(k2), "must be a string", "string", $type(v3));
          }
        }
      }
    }
    const v4 = v["voipHeaders"];
    if ($has(e, p, v, "voipHeaders", v4)) {
      if ($checkObject(e, p + "/voipHeaders", v4)) {
        for (const k5 in v4) {
          if (!$hasOwn.call(v4, k5)) continue;
          const v6 = v4[k5];
          if (typeof v6 !== "string") {
            $fail(e, p + "/voipHeaders/" + $esc(k5), "must be a string", "string", $type(v6));
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["sipHeaders", "voipHeaders"]);
    }
  }
}
export {
  $checkIncomingCallCustomContext,
  $isIncomingCallCustomContext,
  isIncomingCallCustomContext,
  validateIncomingCallCustomContext
};
