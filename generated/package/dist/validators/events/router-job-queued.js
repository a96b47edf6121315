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
import { $isRouterWorkerSelector, $checkRouterWorkerSelector } from "../definitions/RouterWorkerSelector.js";
function validateAcsRouterJobQueuedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterJobQueuedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  const v9 = v["priority"];
  if (!$own(v, "priority", v9)) return false;
  if (typeof v9 !== "number" || !Number.isInteger(v9)) return false;
  if (!$int32(v9)) return false;
  const v10 = v["requestedWorkerSelectors"];
  if ($own(v, "requestedWorkerSelectors", v10)) {
    if (!Array.isArray(v10) && v10 !== null) return false;
    if (Array.isArray(v10)) {
      const a11 = v10;
      for (let i12 = 0; i12 < a11.length; i12++) {
        const v13 = a11[i12];
        if (!$isRouterWorkerSelector(v13, s)) return false;
      }
    }
  }
  const v15 = v["attachedWorkerSelectors"];
  if ($own(v, "attachedWorkerSelectors", v15)) {
    if (!Array.isArray(v15) && v15 !== null) return false;
    if (Array.isArray(v15)) {
      const a16 = v15;
      for (let i17 = 0; i17 < a16.length; i17++) {
        const v18 = a16[i17];
        if (!$isRouterWorkerSelector(v18, s)) return false;
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
    const v9 = v["priority"];
    if ($has(e, p, v, "priority", v9, "int32")) {
      if (typeof v9 !== "number" || !Number.isInteger(v9)) {
        $fail(e, p + "/priority", "must be an integer", "integer", $type(v9));
      } else {
        if (!$int32(v9)) {
          $fail(
            e,
            p + "/priority",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v9)
          );
        }
      }
    }
    const v10 = v["requestedWorkerSelectors"];
    if ($has(e, p, v, "requestedWorkerSelectors", v10)) {
      if (!Array.isArray(v10) && v10 !== null) {
        $fail(e, p + "/requestedWorkerSelectors", "must be an array or null", "array | null", $type(v10));
      } else {
        if (Array.isArray(v10)) {
          const a11 = v10;
          for (let i12 = 0; i12 < a11.length; i12++) {
            const v13 = a11[i12];
            $checkRouterWorkerSelector(v13, p + "/requestedWorkerSelectors/" + i12, e, s);
          }
        }
      }
    }
    const v15 = v["attachedWorkerSelectors"];
    if ($has(e, p, v, "attachedWorkerSelectors", v15)) {
      if (!Array.isArray(v15) && v15 !== null) {
        $fail(e, p + "/attachedWorkerSelectors", "must be an array or null", "array | null", $type(v15));
      } else {
        if (Array.isArray(v15)) {
          const a16 = v15;
          for (let i17 = 0; i17 < a16.length; i17++) {
            const v18 = a16[i17];
            $checkRouterWorkerSelector(v18, p + "/attachedWorkerSelectors/" + i17, e, s);
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
