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
function validateRouterWorkerEventBase(value, options) {
  return $validate(
    $isRouterWorkerEventBase,
    $checkRouterWorkerEventBase,
    value,
    options
  );
}
function isRouterWorkerEventBase(value) {
  try {
    return $isRouterWorkerEventBase(value, false);
  } catch {
    return false;
  }
}
function $isRouterWorkerEventBase(v, s) {
  if (!$isObject(v)) return false;
  const v4 = v["jobId"];
  const r3 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== "string" || "jobId" in r3 && !$hasOwn.call(v, "jobId")) return false;
  const v5 = v["channelReference"];
  if (v5 !== void 0 && (!("channelReference" in r3) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v5 !== "string" && v5 !== null) return false;
  }
  const v6 = v["channelId"];
  if (typeof v6 !== "string" || "channelId" in r3 && !$hasOwn.call(v, "channelId")) return false;
  const v8 = v["workerId"];
  const r7 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v8 !== "string" || "workerId" in r7 && !$hasOwn.call(v, "workerId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "workerId"])) return false;
  }
  return true;
}
function $checkRouterWorkerEventBase(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r3 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r3 && v, "jobId", v["jobId"]);
    const v4 = v["channelReference"];
    if ($has(e, p, "channelReference" in r3 && v, "channelReference", v4)) {
      if (typeof v4 !== "string" && v4 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v4));
      }
    }
    $checkStringProperty(e, p, "channelId" in r3 && v, "channelId", v["channelId"]);
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r5 && v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "workerId"]);
    }
  }
}
export {
  $checkRouterWorkerEventBase,
  $isRouterWorkerEventBase,
  isRouterWorkerEventBase,
  validateRouterWorkerEventBase
};
