// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
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
  $isStringProperty,
  $checkStringProperty,
  $isBooleanProperty,
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
    $checkAcsRouterJobReceivedEventData(data, "", errors, options?.strict === true);
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
  if (!$isStringProperty(v, "jobId", v["jobId"])) return false;
  const v3 = v["channelReference"];
  if ($own(v, "channelReference", v3)) {
    if (typeof v3 !== "string" && v3 !== null) return false;
  }
  if (!$isStringProperty(v, "channelId", v["channelId"])) return false;
  const v4 = v["queueId"];
  if ($own(v, "queueId", v4)) {
    if (typeof v4 !== "string" && v4 !== null) return false;
  }
  const v5 = v["labels"];
  if (!$own(v, "labels", v5)) return false;
  if (!$isRouterLabels(v5, s)) return false;
  const v7 = v["tags"];
  if (!$own(v, "tags", v7)) return false;
  if (!$isRouterLabels(v7, s)) return false;
  const v9 = v["jobStatus"];
  if (!$own(v, "jobStatus", v9)) return false;
  if (typeof v9 !== "string") return false;
  const v11 = v["classificationPolicyId"];
  if ($own(v, "classificationPolicyId", v11)) {
    if (typeof v11 !== "string" && v11 !== null) return false;
  }
  const v12 = v["priority"];
  if ($own(v, "priority", v12)) {
    if ((typeof v12 !== "number" || !Number.isInteger(v12)) && v12 !== null) return false;
    if (typeof v12 === "number" && !$int32(v12)) return false;
  }
  const v13 = v["requestedWorkerSelectors"];
  if ($own(v, "requestedWorkerSelectors", v13)) {
    if (!Array.isArray(v13) && v13 !== null) return false;
    if (Array.isArray(v13)) {
      const a14 = v13;
      for (let i15 = 0; i15 < a14.length; i15++) {
        const v16 = a14[i15];
        if (!$isRouterWorkerSelector(v16, s)) return false;
      }
    }
  }
  const v18 = v["scheduledOn"];
  if ($own(v, "scheduledOn", v18)) {
    if (typeof v18 !== "string" && v18 !== null) return false;
    if (typeof v18 === "string" && !$dateTime(v18)) return false;
  }
  if (!$isBooleanProperty(v, "unavailableForMatching", v["unavailableForMatching"])) return false;
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
    $checkStringProperty(e, p, v, "jobId", v["jobId"]);
    const v3 = v["channelReference"];
    if ($has(e, p, v, "channelReference", v3)) {
      if (typeof v3 !== "string" && v3 !== null) {
        $fail(e, p + "/channelReference", "must be a string or null", "string | null", $type(v3));
      }
    }
    $checkStringProperty(e, p, v, "channelId", v["channelId"]);
    const v4 = v["queueId"];
    if ($has(e, p, v, "queueId", v4)) {
      if (typeof v4 !== "string" && v4 !== null) {
        $fail(e, p + "/queueId", "must be a string or null", "string | null", $type(v4));
      }
    }
    const v5 = v["labels"];
    if ($has(e, p, v, "labels", v5, "RouterLabels")) {
      $checkRouterLabels(v5, p + "/labels", e, s);
    }
    const v7 = v["tags"];
    if ($has(e, p, v, "tags", v7, "RouterLabels")) {
      $checkRouterLabels(v7, p + "/tags", e, s);
    }
    const v9 = v["jobStatus"];
    if ($has(
      e,
      p,
      v,
      "jobStatus",
      v9,
      '"PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string'
    )) {
      if (typeof v9 !== "string") {
        $fail(
          e,
          p + "/jobStatus",
          'must be one of "PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
          '"PendingClassification" | "Queued" | "Assigned" | "Completed" | "Closed" | "Cancelled" | "ClassificationFailed" | "Created" | "PendingSchedule" | "Scheduled" | "ScheduleFailed" | "WaitingForActivation" | string',
          $show(v9)
        );
      }
    }
    const v11 = v["classificationPolicyId"];
    if ($has(e, p, v, "classificationPolicyId", v11)) {
      if (typeof v11 !== "string" && v11 !== null) {
        $fail(e, p + "/classificationPolicyId", "must be a string or null", "string | null", $type(v11));
      }
    }
    const v12 = v["priority"];
    if ($has(e, p, v, "priority", v12)) {
      if ((typeof v12 !== "number" || !Number.isInteger(v12)) && v12 !== null) {
        $fail(e, p + "/priority", "must be an integer or null", "integer | null", $type(v12));
      } else {
        if (typeof v12 === "number" && !$int32(v12)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v12)
          );
        }
      }
    }
    const v13 = v["requestedWorkerSelectors"];
    if ($has(e, p, v, "requestedWorkerSelectors", v13)) {
      if (!Array.isArray(v13) && v13 !== null) {
        $fail(e, p + "/requestedWorkerSelectors", "must be an array or null", "array | null", $type(v13));
      } else {
        if (Array.isArray(v13)) {
          const a14 = v13;
          for (let i15 = 0; i15 < a14.length; i15++) {
            const v16 = a14[i15];
            $checkRouterWorkerSelector(v16, p + "/requestedWorkerSelectors/" + i15, e, s);
          }
        }
      }
    }
    const v18 = v["scheduledOn"];
    if ($has(e, p, v, "scheduledOn", v18)) {
      if (typeof v18 !== "string" && v18 !== null) {
        $fail(e, p + "/scheduledOn", "must be a string or null", "string | null", $type(v18));
      } else {
        if (typeof v18 === "string" && !$dateTime(v18)) {
          $fail(
            e,
            p + "/scheduledOn",
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            "date-time",
            $show(v18)
          );
        }
      }
    }
    $checkBooleanProperty(e, p, v, "unavailableForMatching", v["unavailableForMatching"]);
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
