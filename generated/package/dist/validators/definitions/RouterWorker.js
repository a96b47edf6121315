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
import {
  $isRouterChannelConfiguration,
  $checkRouterChannelConfiguration
} from "./RouterChannelConfiguration.js";
import { $isRouterLabels, $checkRouterLabels } from "./RouterLabels.js";
import { $isRouterQueueDetails, $checkRouterQueueDetails } from "./RouterQueueDetails.js";
function validateRouterWorker(value, options) {
  return $validate($isRouterWorker, $checkRouterWorker, value, options);
}
function isRouterWorker(value) {
  try {
    return $isRouterWorker(value, false);
  } catch {
    return false;
  }
}
function $isRouterWorker(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["workerId"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "workerId" in r1 && !$hasOwn.call(v, "workerId")) return false;
  const v3 = v["totalCapacity"];
  if (v3 === void 0 || "totalCapacity" in r1 && !$hasOwn.call(v, "totalCapacity")) return false;
  if (typeof v3 !== "number" || !Number.isInteger(v3)) return false;
  if (!$int32(v3)) return false;
  const v4 = v["queueAssignments"];
  if (v4 === void 0 || "queueAssignments" in r1 && !$hasOwn.call(v, "queueAssignments")) return false;
  if (!Array.isArray(v4)) return false;
  const a5 = v4;
  for (let i6 = 0; i6 < a5.length; i6++) {
    const v7 = a5[i6];
    if (!$isRouterQueueDetails(v7, s)) return false;
  }
  const v10 = v["channelConfigurations"];
  if (v10 === void 0 || "channelConfigurations" in r1 && !$hasOwn.call(v, "channelConfigurations"))
    return false;
  if (!Array.isArray(v10)) return false;
  const a11 = v10;
  for (let i12 = 0; i12 < a11.length; i12++) {
    const v13 = a11[i12];
    if (!$isRouterChannelConfiguration(v13, s)) return false;
  }
  const v16 = v["labels"];
  if (v16 !== void 0 && (!("labels" in r1) || $hasOwn.call(v, "labels"))) {
    if (!($isRouterLabels(v16, s) || $isRouterWorker$4(v16, s))) return false;
  }
  const v19 = v["tags"];
  if (v19 !== void 0 && (!("tags" in r1) || $hasOwn.call(v, "tags"))) {
    if (!($isRouterLabels(v19, s) || $isRouterWorker$5(v19, s))) return false;
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
function $checkRouterWorker(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "workerId" in r1 && v, "workerId", v["workerId"]);
    const v2 = v["totalCapacity"];
    if ($has(e, p, "totalCapacity" in r1 && v, "totalCapacity", v2, "int32")) {
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
    if ($has(e, p, "queueAssignments" in r1 && v, "queueAssignments", v3, "RouterQueueDetails[]")) {
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
    const v9 = v["channelConfigurations"];
    if ($has(
      e,
      p,
      "channelConfigurations" in r1 && v,
      "channelConfigurations",
      v9,
      "RouterChannelConfiguration[]"
    )) {
      if (!Array.isArray(v9)) {
        $fail(e, p + "/channelConfigurations", "must be an array", "array", $type(v9));
      } else {
        const a10 = v9;
        for (let i11 = 0; i11 < a10.length; i11++) {
          const v12 = a10[i11];
          $checkRouterChannelConfiguration(v12, p + "/channelConfigurations/" + i11, e, s);
        }
      }
    }
    const v15 = v["labels"];
    if ($has(e, p, "labels" in r1 && v, "labels", v15)) {
      if (!($isRouterLabels(v15, s) || $isRouterWorker$4(v15, s))) {
        $fail(
          e,
          p + "/labels",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v15)
        );
        if (typeof v15 === "object" && v15 !== null && !Array.isArray(v15))
          $checkRouterLabels(v15, p + "/labels", e, s);
        if (v15 === null) $checkRouterWorker$4(v15, p + "/labels", e, s);
      }
    }
    const v18 = v["tags"];
    if ($has(e, p, "tags" in r1 && v, "tags", v18)) {
      if (!($isRouterLabels(v18, s) || $isRouterWorker$5(v18, s))) {
        $fail(
          e,
          p + "/tags",
          "must match at least one alternative (anyOf)",
          "RouterLabels | null",
          $type(v18)
        );
        if (typeof v18 === "object" && v18 !== null && !Array.isArray(v18))
          $checkRouterLabels(v18, p + "/tags", e, s);
        if (v18 === null) $checkRouterWorker$5(v18, p + "/tags", e, s);
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
function $isRouterWorker$4(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkRouterWorker$4(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
function $isRouterWorker$5(v, _s) {
  if (v !== null) return false;
  return true;
}
function $checkRouterWorker$5(v, p, e, _s) {
  if (v !== null) {
    $fail(e, p, "must be null", "null", $type(v));
  }
}
export {
  $checkRouterWorker,
  $isRouterWorker,
  isRouterWorker,
  validateRouterWorker
};
