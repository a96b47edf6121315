// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
import { $isRouterLabels, $checkRouterLabels } from "../definitions/RouterLabels.js";
import { $isRouterWorkerSelector, $checkRouterWorkerSelector } from "../definitions/RouterWorkerSelector.js";
function validateAcsRouterJobWorkerSelectorsExpiredEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterJobWorkerSelectorsExpiredEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsRouterJobWorkerSelectorsExpiredEventData(value) {
  try {
    return $isAcsRouterJobWorkerSelectorsExpiredEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterJobWorkerSelectorsExpiredEventData(v, s) {
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
  const v9 = v["requestedWorkerSelectorsExpired"];
  if ($own(v, "requestedWorkerSelectorsExpired", v9)) {
    if (!Array.isArray(v9) && v9 !== null) return false;
    if (Array.isArray(v9)) {
      const a10 = v9;
      for (let i11 = 0; i11 < a10.length; i11++) {
        const v12 = a10[i11];
        if (!$isRouterWorkerSelector(v12, s)) return false;
      }
    }
  }
  const v14 = v["attachedWorkerSelectorsExpired"];
  if ($own(v, "attachedWorkerSelectorsExpired", v14)) {
    if (!Array.isArray(v14) && v14 !== null) return false;
    if (Array.isArray(v14)) {
      const a15 = v14;
      for (let i16 = 0; i16 < a15.length; i16++) {
        const v17 = a15[i16];
        if (!$isRouterWorkerSelector(v17, s)) return false;
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
      "requestedWorkerSelectorsExpired",
      "attachedWorkerSelectorsExpired"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterJobWorkerSelectorsExpiredEventData(v, p, e, s) {
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
    const v9 = v["requestedWorkerSelectorsExpired"];
    if ($has(e, p, v, "requestedWorkerSelectorsExpired", v9)) {
      if (!Array.isArray(v9) && v9 !== null) {
        $fail(
          e,
          p + "/requestedWorkerSelectorsExpired",
          "must be an array or null",
          "array | null",
          $type(v9)
        );
      } else {
        if (Array.isArray(v9)) {
          const a10 = v9;
          for (let i11 = 0; i11 < a10.length; i11++) {
            const v12 = a10[i11];
            $checkRouterWorkerSelector(v12, p + "/requestedWorkerSelectorsExpired/" + i11, e, s);
          }
        }
      }
    }
    const v14 = v["attachedWorkerSelectorsExpired"];
    if ($has(e, p, v, "attachedWorkerSelectorsExpired", v14)) {
      if (!Array.isArray(v14) && v14 !== null) {
        $fail(
          e,
          p + "/attachedWorkerSelectorsExpired",
          "must be an array or null",
          "array | null",
          $type(v14)
        );
      } else {
        if (Array.isArray(v14)) {
          const a15 = v14;
          for (let i16 = 0; i16 < a15.length; i16++) {
            const v17 = a15[i16];
            $checkRouterWorkerSelector(v17, p + "/attachedWorkerSelectorsExpired/" + i16, e, s);
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
        "requestedWorkerSelectorsExpired",
        "attachedWorkerSelectorsExpired"
      ]);
    }
  }
}
export {
  isAcsRouterJobWorkerSelectorsExpiredEventData,
  validateAcsRouterJobWorkerSelectorsExpiredEventData
};
