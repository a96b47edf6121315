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
import { $isRouterLabels, $checkRouterLabels } from "../definitions/RouterLabels.js";
function validateAcsRouterJobCompletedEventData(value, options) {
  return $validate(
    $isAcsRouterJobCompletedEventData,
    $checkAcsRouterJobCompletedEventData,
    value,
    options
  );
}
function isAcsRouterJobCompletedEventData(value) {
  try {
    return $isAcsRouterJobCompletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobCompletedEventData(v, s) {
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
  const v10 = v["queueId"];
  const r9 = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== void 0 && (!("queueId" in r9) || $hasOwn.call(v, "queueId"))) {
    if (typeof v10 !== "string" && v10 !== null) return false;
  }
  const v11 = v["labels"];
  if (v11 === void 0 || "labels" in r9 && !$hasOwn.call(v, "labels")) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v["tags"];
  if (v14 === void 0 || "tags" in r9 && !$hasOwn.call(v, "tags")) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v["assignmentId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "assignmentId" in r17 && !$hasOwn.call(v, "assignmentId")) return false;
  const v19 = v["workerId"];
  if (typeof v19 !== "string" || "workerId" in r17 && !$hasOwn.call(v, "workerId")) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "assignmentId",
      "workerId"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobCompletedEventData(v, p, e, s) {
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
    const v8 = v["queueId"];
    if ($has(e, p, "queueId" in r7 && v, "queueId", v8)) {
      if (typeof v8 !== "string" && v8 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v8));
      }
    }
    const v9 = v["labels"];
    if ($has(e, p, "labels" in r7 && v, "labels", v9, "RouterLabels")) {
      $checkRouterLabels(v9, p + "/labels", e, s);
    }
    const v12 = v["tags"];
    if ($has(e, p, "tags" in r7 && v, "tags", v12, "RouterLabels")) {
      $checkRouterLabels(v12, p + "/tags", e, s);
    }
    const r15 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "assignmentId" in r15 && v, "assignmentId", v["assignmentId"]);
    $checkStringProperty(e, p, "workerId" in r15 && v, "workerId", v["workerId"]);
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "assignmentId",
        "workerId"
      ]);
    }
  }
}
export {
  isAcsRouterJobCompletedEventData,
  validateAcsRouterJobCompletedEventData
};
