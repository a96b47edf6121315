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
function validateAcsRouterWorkerOfferDeclinedEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerOfferDeclinedEventData,
    $checkAcsRouterWorkerOfferDeclinedEventData,
    value,
    options
  );
}
function isAcsRouterWorkerOfferDeclinedEventData(value) {
  try {
    return $isAcsRouterWorkerOfferDeclinedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerOfferDeclinedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v6 = v["jobId"];
  const r5 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== "string" || "jobId" in r5 && !$hasOwn.call(v, "jobId")) return false;
  const v7 = v["channelReference"];
  if (v7 !== void 0 && (!("channelReference" in r5) || $hasOwn.call(v, "channelReference"))) {
    if (typeof v7 !== "string" && v7 !== null) return false;
  }
  const v8 = v["channelId"];
  if (typeof v8 !== "string" || "channelId" in r5 && !$hasOwn.call(v, "channelId")) return false;
  const v10 = v["workerId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v10 !== "string" || "workerId" in r9 && !$hasOwn.call(v, "workerId")) return false;
  const v12 = v["queueId"];
  const r11 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v12 !== "string" || "queueId" in r11 && !$hasOwn.call(v, "queueId")) return false;
  const v13 = v["offerId"];
  if (typeof v13 !== "string" || "offerId" in r11 && !$hasOwn.call(v, "offerId")) return false;
  if (s) {
    if (!$onlyKeys(v, ["jobId", "channelReference", "channelId", "workerId", "queueId", "offerId"]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerOfferDeclinedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r5 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "jobId" in r5 && v, "jobId", v["jobId"]);
    const v6 = v["channelReference"];
    if ($has(e, p, "channelReference" in r5 && v, "channelReference", v6)) {
      if (typeof v6 !== "string" && v6 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v6));
      }
    }
    $checkStringProperty(e, p, "channelId" in r5 && v, "channelId", v["channelId"]);
    const r7 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r7 && v, "workerId", v["workerId"]);
    const r8 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "queueId" in r8 && v, "queueId", v["queueId"]);
    $checkStringProperty(e, p, "offerId" in r8 && v, "offerId", v["offerId"]);
    if (s) {
      $extraKeys(e, p, v, ["jobId", "channelReference", "channelId", "workerId", "queueId", "offerId"]);
    }
  }
}
export {
  isAcsRouterWorkerOfferDeclinedEventData,
  validateAcsRouterWorkerOfferDeclinedEventData
};
