// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $type,
  $esc,
  $errors,
  $fail,
  $caught,
  $reported
} from "../../support/validation.js";
function validateRouterLabels(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterLabels(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  for (const k1 in v) {
    if (!$hasOwn.call(v, k1)) continue;
    const v2 = v[k1];
    if (!($isRouterLabels$1(v2, s) || $isRouterLabels$2(v2, s) || $isRouterLabels$3(v2, s))) return false;
  }
  return true;
}
function $checkRouterLabels(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    for (const k1 in v) {
      if (!$hasOwn.call(v, k1)) continue;
      const v2 = v[k1];
      if (!($isRouterLabels$1(v2, s) || $isRouterLabels$2(v2, s) || $isRouterLabels$3(v2, s))) {
        $fail(
          e,
          p + "/" + $esc(k1),
          "must match at least one alternative (anyOf)",
          "string | number | boolean",
          $type(v2)
        );
        if (typeof v2 === "string") $checkRouterLabels$1(v2, p + "/" + $esc(k1), e, s);
        if (typeof v2 === "number" && Number.isFinite(v2)) $checkRouterLabels$2(v2, p + "/" + $esc(k1), e, s);
        if (typeof v2 === "boolean") $checkRouterLabels$3(v2, p + "/" + $esc(k1), e, s);
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
