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
  $errors,
  $fail,
  $caught,
  $reported,
  $checkStringProperty,
  $checkBooleanProperty
} from "../../support/validation.js";
import { $wireForms } from "../../support/wire-normalization.js";
import { $isRouterLabels, $checkRouterLabels } from "../definitions/RouterLabels.js";
import { $isRouterWorkerSelector, $checkRouterWorkerSelector } from "../definitions/RouterWorkerSelector.js";
const $wireAcsRouterJobReceivedEventData = [
  {
    erratum: "router-job-received-scheduled-on-format",
    decision: "doc-error",
    parent: [],
    name: "scheduledOn",
    published: "dotnet-date-time"
  }
];
function validateAcsRouterJobReceivedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  const normalized = [];
  let data = value;
  try {
    data = $wireForms(
      value,
      $wireAcsRouterJobReceivedEventData,
      options?.strict === true,
      errors,
      normalized
    );
    let passes = false;
    if (data === value && errors.length === 0) {
      try {
        passes = $isAcsRouterJobReceivedEventData(data, options?.strict === true);
      } catch {
      }
    }
    if (!passes) $checkAcsRouterJobReceivedEventData(data, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value: data, normalized } : { ok: false, errors: $reported(errors) };
}
function isAcsRouterJobReceivedEventData(value) {
  try {
    return $isAcsRouterJobReceivedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobReceivedEventData(v, s) {
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
  const v18 = v["jobStatus"];
  const r17 = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 === void 0 || "jobStatus" in r17 && !$hasOwn.call(v, "jobStatus")) return false;
  if (typeof v18 !== "string") return false;
  const v21 = v["classificationPolicyId"];
  if (v21 !== void 0 && (!("classificationPolicyId" in r17) || $hasOwn.call(v, "classificationPolicyId"))) {
    if (typeof v21 !== "string" && v21 !== null) return false;
  }
  const v22 = v["priority"];
  if (v22 !== void 0 && (!("priority" in r17) || $hasOwn.call(v, "priority"))) {
    if ((typeof v22 !== "number" || !Number.isInteger(v22)) && v22 !== null) return false;
    if (typeof v22 === "number" && !$int32(v22)) return false;
  }
  const v23 = v["requestedWorkerSelectors"];
  if (v23 !== void 0 && (!("requestedWorkerSelectors" in r17) || $hasOwn.call(v, "requestedWorkerSelectors"))) {
    if (!Array.isArray(v23) && v23 !== null) return false;
    if (Array.isArray(v23)) {
      const a24 = v23;
      for (let i25 = 0; i25 < a24.length; i25++) {
        const v26 = a24[i25];
        if (!$isRouterWorkerSelector(v26, s)) return false;
      }
    }
  }
  const v29 = v["scheduledOn"];
  if (v29 !== void 0 && (!("scheduledOn" in r17) || $hasOwn.call(v, "scheduledOn"))) {
    if (typeof v29 !== "string" && v29 !== null) return false;
    if (typeof v29 === "string" && !$dateTime(v29)) return false;
  }
  const v30 = v["unavailableForMatching"];
  if (typeof v30 !== "boolean" || "unavailableForMatching" in r17 && !$hasOwn.call(v, "unavailableForMatching"))
    return false;
  if (s) {
    if (!$onlyKeys(v, [
      "jobId",
      "channelReference",
      "channelId",
      "queueId",
      "labels",
      "tags",
      "jobStatus",
      "classificationPolicyId",
      "priority",
      "requestedWorkerSelectors",
      "scheduledOn",
      "unavailableForMatching"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobReceivedEventData(v, p, e, s) {
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
    const v16 = v["jobStatus"];
    if ($has(
      e,
      p,
      "jobStatus" in r15 && v,
      "jobStatus",
      v16,
      '"PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string'
    )) {
      if (typeof v16 !== "string") {
        $fail(
          e,
          p + "/jobStatus",
          'must be one of "PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
          '"PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
          $show(v16)
        );
      }
    }
    const v19 = v["classificationPolicyId"];
    if ($has(e, p, "classificationPolicyId" in r15 && v, "classificationPolicyId", v19)) {
      if (typeof v19 !== "string" && v19 !== null) {
        $fail(e, p + "/classificationPolicyId", "must be a string or null", "string | null", $type(v19));
      }
    }
    const v20 = v["priority"];
    if ($has(e, p, "priority" in r15 && v, "priority", v20)) {
      if ((typeof v20 !== "number" || !Number.isInteger(v20)) && v20 !== null) {
        $fail(e, p + "/priority", "must be an integer or null", "integer | null", $type(v20));
      } else {
        if (typeof v20 === "number" && !$int32(v20)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v20)
          );
        }
      }
    }
    const v21 = v["requestedWorkerSelectors"];
    if ($has(e, p, "requestedWorkerSelectors" in r15 && v, "requestedWorkerSelectors", v21)) {
      if (!Array.isArray(v21) && v21 !== null) {
        $fail(e, p + "/requestedWorkerSelectors", "must be an array or null", "array | null", $type(v21));
      } else {
        if (Array.isArray(v21)) {
          const a22 = v21;
          for (let i23 = 0; i23 < a22.length; i23++) {
            const v24 = a22[i23];
            $checkRouterWorkerSelector(v24, p + "/requestedWorkerSelectors/" + i23, e, s);
          }
        }
      }
    }
    const v27 = v["scheduledOn"];
    if ($has(e, p, "scheduledOn" in r15 && v, "scheduledOn", v27)) {
      if (typeof v27 !== "string" && v27 !== null) {
        $fail(e, p + "/scheduledOn", "must be a string or null", "string | null", $type(v27));
      } else {
        if (typeof v27 === "string" && !$dateTime(v27)) {
          $fail(
            e,
            p + "/scheduledOn",
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            "date-time",
            $show(v27)
          );
        }
      }
    }
    $checkBooleanProperty(
      e,
      p,
      "unavailableForMatching" in r15 && v,
      "unavailableForMatching",
      v["unavailableForMatching"]
    );
    if (s) {
      $extraKeys(e, p, v, [
        "jobId",
        "channelReference",
        "channelId",
        "queueId",
        "labels",
        "tags",
        "jobStatus",
        "classificationPolicyId",
        "priority",
        "requestedWorkerSelectors",
        "scheduledOn",
        "unavailableForMatching"
      ]);
    }
  }
}
export {
  isAcsRouterJobReceivedEventData,
  validateAcsRouterJobReceivedEventData
};
