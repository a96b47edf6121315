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
  $dateTime,
  $int32,
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import { $isRouterLabels, $checkRouterLabels } from "../definitions/RouterLabels.js";
function validateAcsRouterWorkerOfferIssuedEventData(value, options) {
  return $validate(
    $isAcsRouterWorkerOfferIssuedEventData,
    $checkAcsRouterWorkerOfferIssuedEventData,
    value,
    options
  );
}
function isAcsRouterWorkerOfferIssuedEventData(value) {
  try {
    return $isAcsRouterWorkerOfferIssuedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerOfferIssuedEventData(v, s) {
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
  const v14 = v["offeredOn"];
  if (typeof v14 !== "string" || "offeredOn" in r11 && !$hasOwn.call(v, "offeredOn")) return false;
  const v15 = v["expiresOn"];
  if (typeof v15 !== "string" || "expiresOn" in r11 && !$hasOwn.call(v, "expiresOn")) return false;
  const v16 = v["jobPriority"];
  if (v16 === void 0 || "jobPriority" in r11 && !$hasOwn.call(v, "jobPriority")) return false;
  if (typeof v16 !== "number" || !Number.isInteger(v16)) return false;
  if (!$int32(v16)) return false;
  const v17 = v["jobLabels"];
  if (v17 !== void 0 && (!("jobLabels" in r11) || $hasOwn.call(v, "jobLabels"))) {
    if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerOfferIssuedEventData$13(v17, s))) return false;
  }
  const v20 = v["jobTags"];
  if (v20 !== void 0 && (!("jobTags" in r11) || $hasOwn.call(v, "jobTags"))) {
    if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerOfferIssuedEventData$14(v20, s))) return false;
  }
  const v23 = v["workerLabels"];
  if (v23 !== void 0 && (!("workerLabels" in r11) || $hasOwn.call(v, "workerLabels"))) {
    if (!$isRouterLabels(v23, s)) return false;
  }
  const v26 = v["workerTags"];
  if (v26 !== void 0 && (!("workerTags" in r11) || $hasOwn.call(v, "workerTags"))) {
    if (!$isRouterLabels(v26, s)) return false;
  }
  if (!$dateTime(v14)) return false;
  if (!$dateTime(v15)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "workerId",
      "queueId",
      "offerId",
      "offeredOn",
      "expiresOn",
      "jobPriority",
      "jobLabels",
      "jobTags",
      "workerLabels",
      "workerTags"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerOfferIssuedEventData(v, p, e, s) {
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
    $checkDateTimeProperty(e, p, "offeredOn" in r8 && v, "offeredOn", v["offeredOn"]);
    $checkDateTimeProperty(e, p, "expiresOn" in r8 && v, "expiresOn", v["expiresOn"]);
    const v9 = v["jobPriority"];
    if ($has(e, p, "jobPriority" in r8 && v, "jobPriority", v9, "int32")) {
      if (typeof v9 !== "number" || !Number.isInteger(v9)) {
        $fail(e, p + "/jobPriority", "must be an integer", "integer", $type(v9));
      } else {
        if (!$int32(v9)) {
          $fail(
            e,
            p + "/jobPriority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v9)
          );
        }
      }
    }
    const v10 = v["jobLabels"];
    if ($has(e, p, "jobLabels" in r8 && v, "jobLabels", v10)) {
      if (!($isRouterLabels(v10, s) || $isAcsRouterWorkerOfferIssuedEventData$13(v10, s))) {
        $fail(
          e,
          p + "/jobLabels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v10)
        );
        if (typeof v10 === "object" && v10 !== null && !Array.isArray(v10))
          $checkRouterLabels(v10, p + "/jobLabels", e, s);
        if (v10 === null) $checkAcsRouterWorkerOfferIssuedEventData$13(v10, p + "/jobLabels", e, s);
      }
    }
    const v13 = v["jobTags"];
    if ($has(e, p, "jobTags" in r8 && v, "jobTags", v13)) {
      if (!($isRouterLabels(v13, s) || $isAcsRouterWorkerOfferIssuedEventData$14(v13, s))) {
        $fail(
          e,
          p + "/jobTags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v13)
        );
        if (typeof v13 === "object" && v13 !== null && !Array.isArray(v13))
          $checkRouterLabels(v13, p + "/jobTags", e, s);
        if (v13 === null) $checkAcsRouterWorkerOfferIssuedEventData$14(v13, p + "/jobTags", e, s);
      }
    }
    const v16 = v["workerLabels"];
    if ($has(e, p, "workerLabels" in r8 && v, "workerLabels", v16)) {
      $checkRouterLabels(v16, p + "/workerLabels", e, s);
    }
    const v19 = v["workerTags"];
    if ($has(e, p, "workerTags" in r8 && v, "workerTags", v19)) {
      $checkRouterLabels(v19, p + "/workerTags", e, s);
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "workerId",
        "queueId",
        "offerId",
        "offeredOn",
        "expiresOn",
        "jobPriority",
        "jobLabels",
        "jobTags",
        "workerLabels",
        "workerTags"
      ]);
    }
  }
}
function $isAcsRouterWorkerOfferIssuedEventData$13(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerOfferIssuedEventData$13(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isAcsRouterWorkerOfferIssuedEventData$14(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerOfferIssuedEventData$14(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
export {
  isAcsRouterWorkerOfferIssuedEventData,
  validateAcsRouterWorkerOfferIssuedEventData
};
