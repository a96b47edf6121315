// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $type,
  $esc,
  $fail,
  $validate
} from "../../support/validation.js";
function validateRouterLabels(value, options) {
  return $validate($isRouterLabels, $checkRouterLabels, value, options);
}
function isRouterLabels(value) {
  try {
    return $isRouterLabels(value, false);
  } catch {
    return false;
  }
}
function $isRouterLabels(v, s) {
  if (!$isObject(v)) return false;
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (!($isRouterLabels$1(v3, s) || $isRouterLabels$2(v3, s) || $isRouterLabels$3(v3, s))) return false;
  }
  return true;
}
function $checkRouterLabels(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (!($isRouterLabels$1(v3, s) || $isRouterLabels$2(v3, s) || $isRouterLabels$3(v3, s))) {
        $fail(
          e,
          p + "/" + $esc(k2),
          "must match at least one alternative (anyOf)",
          "string | number | boolean",
          $type(v3)
        );
        if (typeof v3 === "string") $checkRouterLabels$1(v3, p + "/" + $esc(k2), e, s);
        if (typeof v3 === "number" && Number.isFinite(v3)) $checkRouterLabels$2(v3, p + "/" + $esc(k2), e, s);
        if (typeof v3 === "boolean") $checkRouterLabels$3(v3, p + "/" + $esc(k2), e, s);
      }
    }
  }
}
function $isRouterLabels$1(v, _s) {
  if (typeof v !== "string") return false;
  return true;
}
function $checkRouterLabels$1(v, p, e, _s) {
  if (typeof v !== "string") {
    $fail(e, p, "must be a string", "string", $type(v));
  }
}
function $isRouterLabels$2(v, _s) {
  if (typeof v !== "number" || !Number.isFinite(v)) return false;
  return true;
}
function $checkRouterLabels$2(v, p, e, _s) {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    $fail(e, p, "must be a number", "number", $type(v));
  }
}
function $isRouterLabels$3(v, _s) {
  if (typeof v !== "boolean") return false;
  return true;
}
function $checkRouterLabels$3(v, p, e, _s) {
  if (typeof v !== "boolean") {
    $fail(e, p, "must be a boolean", "boolean", $type(v));
  }
}
export {
  $checkRouterLabels,
  $isRouterLabels,
  isRouterLabels,
  validateRouterLabels
};
