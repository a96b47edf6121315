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
import { $isRouterWorkerSelector, $checkRouterWorkerSelector } from "../definitions/RouterWorkerSelector.js";
function validateAcsRouterJobQueuedEventData(value, options) {
  return $validate(
    $isAcsRouterJobQueuedEventData,
    $checkAcsRouterJobQueuedEventData,
    value,
    options
  );
}
function isAcsRouterJobQueuedEventData(value) {
  try {
    return $isAcsRouterJobQueuedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobQueuedEventData(v, s) {
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
  const v19 = v["priority"];
  if (v19 === void 0 || "priority" in r17 && !$hasOwn.call(v, "priority")) return false;
  if (typeof v19 !== "number" || !Number.isInteger(v19)) return false;
  if (!$int32(v19)) return false;
  const v20 = v["requestedWorkerSelectors"];
  if (v20 !== void 0 && (!("requestedWorkerSelectors" in r17) || $hasOwn.call(v, "requestedWorkerSelectors"))) {
    if (!Array.isArray(v20) && v20 !== null) return false;
    if (Array.isArray(v20)) {
      const a21 = v20;
      for (let i22 = 0; i22 < a21.length; i22++) {
        const v23 = a21[i22];
        if (!$isRouterWorkerSelector(v23, s)) return false;
      }
    }
  }
  const v26 = v["attachedWorkerSelectors"];
  if (v26 !== void 0 && (!("attachedWorkerSelectors" in r17) || $hasOwn.call(v, "attachedWorkerSelectors"))) {
    if (!Array.isArray(v26) && v26 !== null) return false;
    if (Array.isArray(v26)) {
      const a27 = v26;
      for (let i28 = 0; i28 < a27.length; i28++) {
        const v29 = a27[i28];
        if (!$isRouterWorkerSelector(v29, s)) return false;
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
      "priority",
      "requestedWorkerSelectors",
      "attachedWorkerSelectors"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobQueuedEventData(v, p, e, s) {
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
    const v16 = v["priority"];
    if ($has(e, p, "priority" in r15 && v, "priority", v16, "int32")) {
      if (typeof v16 !== "number" || !Number.isInteger(v16)) {
        $fail(e, p + "/priority", "must be an integer", "integer", $type(v16));
      } else {
        if (!$int32(v16)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v16)
          );
        }
      }
    }
    const v17 = v["requestedWorkerSelectors"];
    if ($has(e, p, "requestedWorkerSelectors" in r15 && v, "requestedWorkerSelectors", v17)) {
      if (!Array.isArray(v17) && v17 !== null) {
        $fail(e, p + "/requestedWorkerSelectors", "must be an array or null", "array | null", $type(v17));
      } else {
        if (Array.isArray(v17)) {
          const a18 = v17;
          for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            $checkRouterWorkerSelector(v20, p + "/requestedWorkerSelectors/" + i19, e, s);
          }
        }
      }
    }
    const v23 = v["attachedWorkerSelectors"];
    if ($has(e, p, "attachedWorkerSelectors" in r15 && v, "attachedWorkerSelectors", v23)) {
      if (!Array.isArray(v23) && v23 !== null) {
        $fail(e, p + "/attachedWorkerSelectors", "must be an array or null", "array | null", $type(v23));
      } else {
        if (Array.isArray(v23)) {
          const a24 = v23;
          for (let i25 = 0; i25 < a24.length; i25++) {
            const v26 = a24[i25];
            $checkRouterWorkerSelector(v26, p + "/attachedWorkerSelectors/" + i25, e, s);
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
        "priority",
        "requestedWorkerSelectors",
        "attachedWorkerSelectors"
      ]);
    }
  }
}
export {
  isAcsRouterJobQueuedEventData,
  validateAcsRouterJobQueuedEventData
};
