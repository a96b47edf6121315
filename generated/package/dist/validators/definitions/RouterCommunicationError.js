// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $fail,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
function validateRouterCommunicationError(value, options) {
  return $validate(
    $isRouterCommunicationError,
    $checkRouterCommunicationError,
    value,
    options
  );
}
function isRouterCommunicationError(value) {
  try {
    return $isRouterCommunicationError(value, false);
  } catch {
    return false;
  }
}
function $isRouterCommunicationError(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["code"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("code" in r1) || $hasOwn.call(v, "code"))) {
    if (typeof v2 !== "string" && v2 !== null) return false;
  }
  const v3 = v["message"];
  if (typeof v3 !== "string" || "message" in r1 && !$hasOwn.call(v, "message")) return false;
  const v4 = v["target"];
  if (v4 !== void 0 && (!("target" in r1) || $hasOwn.call(v, "target"))) {
    if (typeof v4 !== "string" && v4 !== null) return false;
  }
  const v5 = v["innerError"];
  if (v5 !== void 0 && (!("innerError" in r1) || $hasOwn.call(v, "innerError"))) {
    if ((typeof v5 !== "object" || v5 === null || Array.isArray(v5)) && v5 !== null) return false;
  }
  const v8 = v["details"];
  if (v8 !== void 0 && (!("details" in r1) || $hasOwn.call(v, "details"))) {
    if (!Array.isArray(v8) && v8 !== null) return false;
    if (Array.isArray(v8)) {
      const a9 = v8;
      for (let i10 = 0; i10 < a9.length; i10++) {
        const v11 = a9[i10];
        if (!$isObject(v11)) return false;
      }
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["code", "message", "target", "innerError", "details"])) return false;
  }
  return true;
}
function $checkRouterCommunicationError(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["code"];
    if ($has(e, p, "code" in r1 && v, "code", v2)) {
      if (typeof v2 !== "string" && v2 !== null) {
        $fail(e, p + "/code", "must be a string or null", "string | null", $type(v2));
      }
    }
    $checkStringProperty(e, p, "message" in r1 && v, "message", v["message"]);
    const v3 = v["target"];
    if ($has(e, p, "target" in r1 && v, "target", v3)) {
      if (typeof v3 !== "string" && v3 !== null) {
        $fail(e, p + "/target", "must be a string or null", "string | null", $type(v3));
      }
    }
    const v4 = v["innerError"];
    if ($has(e, p, "innerError" in r1 && v, "innerError", v4)) {
      if ((typeof v4 !== "object" || v4 === null || Array.isArray(v4)) && v4 !== null) {
        $fail(e, p + "/innerError", "must be an object or null", "object | null", $type(v4));
      }
    }
    const v7 = v["details"];
    if ($has(e, p, "details" in r1 && v, "details", v7)) {
      if (!Array.isArray(v7) && v7 !== null) {
        $fail(e, p + "/details", "must be an array or null", "array | null", $type(v7));
      } else {
        if (Array.isArray(v7)) {
          const a8 = v7;
          for (let i9 = 0; i9 < a8.length; i9++) {
            const v10 = a8[i9];
            $checkObject(e, p + "/details/" + i9, v10);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["code", "message", "target", "innerError", "details"]);
    }
  }
}
export {
  $checkRouterCommunicationError,
  $isRouterCommunicationError,
  isRouterCommunicationError,
  validateRouterCommunicationError
};
