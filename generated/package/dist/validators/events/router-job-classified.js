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
  $int32,
  $fail,
  $validate,
  $checkStringProperty
} from "../../support/validation.js";
import { $isRouterLabels, $checkRouterLabels } from "../definitions/RouterLabels.js";
import { $isRouterQueueDetails, $checkRouterQueueDetails } from "../definitions/RouterQueueDetails.js";
import { $isRouterWorkerSelector, $checkRouterWorkerSelector } from "../definitions/RouterWorkerSelector.js";
function validateAcsRouterJobClassifiedEventData(value, options) {
  return $validate(
    $isAcsRouterJobClassifiedEventData,
    $checkAcsRouterJobClassifiedEventData,
    value,
    options
  );
}
function isAcsRouterJobClassifiedEventData(value) {
  try {
    return $isAcsRouterJobClassifiedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobClassifiedEventData(v, s) {
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
  const v18 = v["queueId"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== "string" || "queueId" in r17 && !$hasOwn.call(v, "queueId")) return false;
  const v19 = v["queueDetails"];
  if (v19 === void 0 || "queueDetails" in r17 && !$hasOwn.call(v, "queueDetails")) return false;
  if (!$isRouterQueueDetails(v19, s)) return false;
  const v22 = v["classificationPolicyId"];
  if (typeof v22 !== "string" || "classificationPolicyId" in r17 && !$hasOwn.call(v, "classificationPolicyId"))
    return false;
  const v23 = v["priority"];
  if (v23 !== void 0 && (!("priority" in r17) || $hasOwn.call(v, "priority"))) {
    if ((typeof v23 !== "number" || !Number.isInteger(v23)) && v23 !== null) return false;
    if (typeof v23 === "number" && !$int32(v23)) return false;
  }
  const v24 = v["attachedWorkerSelectors"];
  if (v24 !== void 0 && (!("attachedWorkerSelectors" in r17) || $hasOwn.call(v, "attachedWorkerSelectors"))) {
    if (!Array.isArray(v24) && v24 !== null) return false;
    if (Array.isArray(v24)) {
      const a25 = v24;
      for (let i26 = 0; i26 < a25.length; i26++) {
        const v27 = a25[i26];
        if (!$isRouterWorkerSelector(v27, s)) return false;
      }
    }
  }
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "queueDetails",
      "classificationPolicyId",
      "priority",
      "attachedWorkerSelectors"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobClassifiedEventData(v, p, e, s) {
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
    $checkStringProperty(e, p, "queueId" in r15 && v, "queueId", v["queueId"]);
    const v16 = v["queueDetails"];
    if ($has(e, p, "queueDetails" in r15 && v, "queueDetails", v16, "RouterQueueDetails")) {
      $checkRouterQueueDetails(v16, p + "/queueDetails", e, s);
    }
    $checkStringProperty(
      e,
      p,
      "classificationPolicyId" in r15 && v,
      "classificationPolicyId",
      v["classificationPolicyId"]
    );
    const v19 = v["priority"];
    if ($has(e, p, "priority" in r15 && v, "priority", v19)) {
      if ((typeof v19 !== "number" || !Number.isInteger(v19)) && v19 !== null) {
        $fail(e, p + "/priority", "must be an integer or null", "integer | null", $type(v19));
      } else {
        if (typeof v19 === "number" && !$int32(v19)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v19)
          );
        }
      }
    }
    const v20 = v["attachedWorkerSelectors"];
    if ($has(e, p, "attachedWorkerSelectors" in r15 && v, "attachedWorkerSelectors", v20)) {
      if (!Array.isArray(v20) && v20 !== null) {
        $fail(e, p + "/attachedWorkerSelectors", "must be an array or null", "array | null", $type(v20));
      } else {
        if (Array.isArray(v20)) {
          const a21 = v20;
          for (let i22 = 0; i22 < a21.length; i22++) {
            const v23 = a21[i22];
            $checkRouterWorkerSelector(v23, p + "/attachedWorkerSelectors/" + i22, e, s);
          }
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "queueDetails",
        "classificationPolicyId",
        "priority",
        "attachedWorkerSelectors"
      ]);
    }
  }
}
export {
  isAcsRouterJobClassifiedEventData,
  validateAcsRouterJobClassifiedEventData
};
