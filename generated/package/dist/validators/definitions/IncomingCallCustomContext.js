// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $esc,
  $fail,
  $validate
} from "../../support/validation.js";
function validateIncomingCallCustomContext(value, options) {
  return $validate(
    $isIncomingCallCustomContext,
    $checkIncomingCallCustomContext,
    value,
    options
  );
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
  const v2 = v["sipHeaders"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("sipHeaders" in r1) || $hasOwn.call(v, "sipHeaders"))) {
    if (!$isObject(v2)) return false;
    for (const k4 in v2) {
      if (!$hasOwn.call(v2, k4)) continue;
      const v5 = v2[k4];
      if (typeof v5 !== "string") return false;
    }
  }
  const v6 = v["voipHeaders"];
  if (v6 !== void 0 && (!("voipHeaders" in r1) || $hasOwn.call(v, "voipHeaders"))) {
    if (!$isObject(v6)) return false;
    for (const k8 in v6) {
      if (!$hasOwn.call(v6, k8)) continue;
      const v9 = v6[k8];
      if (typeof v9 !== "string") return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["sipHeaders", "voipHeaders"])) return false;
  }
  return true;
}
function $checkIncomingCallCustomContext(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["sipHeaders"];
    if ($has(e, p, "sipHeaders" in r1 && v, "sipHeaders", v2)) {
      if ($checkObject(e, p + "/sipHeaders", v2)) {
        for (const k4 in v2) {
          if (!$hasOwn.call(v2, k4)) continue;
          const v5 = v2[k4];
          if (typeof v5 !== "string") {
            $fail(e, p + "/sipHeaders/" + $esc(k4), "must be a string", "string", $type(v5));
          }
        }
      }
    }
    const v6 = v["voipHeaders"];
    if ($has(e, p, "voipHeaders" in r1 && v, "voipHeaders", v6)) {
      if ($checkObject(e, p + "/voipHeaders", v6)) {
        for (const k8 in v6) {
          if (!$hasOwn.call(v6, k8)) continue;
          const v9 = v6[k8];
          if (typeof v9 !== "string") {
            $fail(e, p + "/voipHeaders/" + $esc(k8), "must be a string", "string", $type(v9));
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
