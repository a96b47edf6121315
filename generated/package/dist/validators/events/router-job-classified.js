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
  $int32,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
import { $isRouterLabels, $checkRouterLabels } from "../definitions/RouterLabels.js";
import { $isRouterQueueDetails, $checkRouterQueueDetails } from "../definitions/RouterQueueDetails.js";
import { $isRouterWorkerSelector, $checkRouterWorkerSelector } from "../definitions/RouterWorkerSelector.js";
function validateAcsRouterJobClassifiedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterJobClassifiedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "queueId", v["queueId"])) return false;
  const v9 = v["queueDetails"];
  if (!$own(v, "queueDetails", v9)) return false;
  if (!$isRouterQueueDetails(v9, s)) return false;
  if (!$isStringProperty(v, "classificationPolicyId", v["classificationPolicyId"])) return false;
  const v11 = v["priority"];
  if ($own(v, "priority", v11)) {
    if ((typeof v11 !== "number" || !Number.isInteger(v11)) && v11 !== null) return false;
    if (typeof v11 === "number" && !$int32(v11)) return false;
  }
  const v12 = v["attachedWorkerSelectors"];
  if ($own(v, "attachedWorkerSelectors", v12)) {
    if (!Array.isArray(v12) && v12 !== null) return false;
    if (Array.isArray(v12)) {
      const a13 = v12;
      for (let i14 = 0; i14 < a13.length; i14++) {
        const v15 = a13[i14];
        if (!$isRouterWorkerSelector(v15, s)) return false;
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
    $checkStringProperty(e, p, v, "queueId", v["queueId"]);
    const v9 = v["queueDetails"];
    if ($has(e, p, v, "queueDetails", v9, "RouterQueueDetails")) {
      $checkRouterQueueDetails(v9, p + "/queueDetails", e, s);
    }
    $checkStringProperty(e, p, v, "classificationPolicyId", v["classificationPolicyId"]);
    const v11 = v["priority"];
    if ($has(e, p, v, "priority", v11)) {
      if ((typeof v11 !== "number" || !Number.isInteger(v11)) && v11 !== null) {
        $fail(e, p + "/priority", "must be an integer or null", "integer | null", $type(v11));
      } else {
        if (typeof v11 === "number" && !$int32(v11)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v11)
          );
        }
      }
    }
    const v12 = v["attachedWorkerSelectors"];
    if ($has(e, p, v, "attachedWorkerSelectors", v12)) {
      if (!Array.isArray(v12) && v12 !== null) {
        $fail(e, p + "/attachedWorkerSelectors", "must be an array or null", "array | null", $type(v12));
      } else {
        if (Array.isArray(v12)) {
          const a13 = v12;
          for (let i14 = 0; i14 < a13.length; i14++) {
            const v15 = a13[i14];
            $checkRouterWorkerSelector(v15, p + "/attachedWorkerSelectors/" + i14, e, s);
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
