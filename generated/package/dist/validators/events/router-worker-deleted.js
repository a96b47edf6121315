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
import {
  $isRouterChannelConfiguration,
  $checkRouterChannelConfiguration
} from "../definitions/RouterChannelConfiguration.js";
import { $isRouterLabels, $checkRouterLabels } from "../definitions/RouterLabels.js";
import { $isRouterQueueDetails, $checkRouterQueueDetails } from "../definitions/RouterQueueDetails.js";
function validateAcsRouterWorkerDeletedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRouterWorkerDeletedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsRouterWorkerDeletedEventData(value) {
  try {
    return $isAcsRouterWorkerDeletedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRouterWorkerDeletedEventData(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "workerId", v["workerId"])) return false;
  const v2 = v["totalCapacity"];
  if (!$own(v, "totalCapacity", v2)) return false;
  if (typeof v2 !== "number" || !Number.isInteger(v2)) return false;
  if (!$int32(v2)) return false;
  const v3 = v["queueAssignments"];
  if (!$own(v, "queueAssignments", v3)) return false;
  if (!Array.isArray(v3)) return false;
  const a4 = v3;
  for (let i5 = 0; i5 < a4.length; i5++) {
    const v6 = a4[i5];
    if (!$isRouterQueueDetails(v6, s)) return false;
  }
  const v8 = v["channelConfigurations"];
  if (!$own(v, "channelConfigurations", v8)) return false;
  if (!Array.isArray(v8)) return false;
  const a9 = v8;
  for (let i10 = 0; i10 < a9.length; i10++) {
    const v11 = a9[i10];
    if (!$isRouterChannelConfiguration(v11, s)) return false;
  }
  const v13 = v["labels"];
  if ($own(v, "labels", v13)) {
    if (!($isRouterLabels(v13, s) || $isAcsRouterWorkerDeletedEventData$9(v13, s))) return false;
  }
  const v15 = v["tags"];
  if ($own(v, "tags", v15)) {
    if (!($isRouterLabels(v15, s) || $isAcsRouterWorkerDeletedEventData$10(v15, s))) return false;
  }
  if (s) {
    if (!$onlyKeys(v, [
      "workerId",
      "totalCapacity",
      "queueAssignments",
      "channelConfigurations",
      "labels",
      "tags"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRouterWorkerDeletedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "workerId", v["workerId"]);
    const v2 = v["totalCapacity"];
    if ($has(e, p, v, "totalCapacity", v2, "int32")) {
      if (typeof v2 !== "number" || !Number.isInteger(v2)) {
        $fail(e, p + "/totalCapacity", "must be an integer", "integer", $type(v2));
      } else {
        if (!$int32(v2)) {
          $fail(
            e,
            p + "/totalCapacity",
            "must be an integer in [-2147483648, 2147483647] (int32)",
            "int32",
            $show(v2)
          );
        }
      }
    }
    const v3 = v["queueAssignments"];
    if ($has(e, p, v, "queueAssignments", v3, "RouterQueueDetails[]")) {
      if (!Array.isArray(v3)) {
        $fail(e, p + "/queueAssignments", "must be an array", "array", $type(v3));
      } else {
        const a4 = v3;
        for (let i5 = 0; i5 < a4.length; i5++) {
          const v6 = a4[i5];
          $checkRouterQueueDetails(v6, p + "/queueAssignments/" + i5, e, s);
        }
      }
    }
    const v8 = v["channelConfigurations"];
    if ($has(e, p, v, "channelConfigurations", v8, "RouterChannelConfiguration[]")) {
      if (!Array.isArray(v8)) {
        $fail(e, p + "/channelConfigurations", "must be an array", "array", $type(v8));
      } else {
        const a9 = v8;
        for (let i10 = 0; i10 < a9.length; i10++) {
          const v11 = a9[i10];
          $checkRouterChannelConfiguration(v11, p + "/channelConfigurations/" + i10, e, s);
        }
      }
    }
    const v13 = v["labels"];
    if ($has(e, p, v, "labels", v13)) {
      if (!($isRouterLabels(v13, s) || $isAcsRouterWorkerDeletedEventData$9(v13, s))) {
        $fail(
          e,
          p + "/labels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v13)
        );
        if (typeof v13 === "object" && v13 !== null && !Array.isArray(v13))
          $checkRouterLabels(v13, p + "/labels", e, s);
        if (v13 === null) $checkAcsRouterWorkerDeletedEventData$9(v13, p + "/labels", e, s);
      }
    }
    const v15 = v["tags"];
    if ($has(e, p, v, "tags", v15)) {
      if (!($isRouterLabels(v15, s) || $isAcsRouterWorkerDeletedEventData$10(v15, s))) {
        $fail(
          e,
          p + "/tags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v15)
        );
        if (typeof v15 === "object" && v15 !== null && !Array.isArray(v15))
          $checkRouterLabels(v15, p + "/tags", e, s);
        if (v15 === null) $checkAcsRouterWorkerDeletedEventData$10(v15, p + "/tags", e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        "workerId",
        "totalCapacity",
        "queueAssignments",
        "channelConfigurations",
        "labels",
        "tags"
      ]);
    }
  }
}
function $isAcsRouterWorkerDeletedEventData$9(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerDeletedEventData$9(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isAcsRouterWorkerDeletedEventData$10(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkAcsRouterWorkerDeletedEventData$10(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
export {
  isAcsRouterWorkerDeletedEventData,
  validateAcsRouterWorkerDeletedEventData
};
