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
  $fail,
  $validate,
  $checkStringProperty,
  $checkDateTimeProperty
} from "../support/validation.js";
function validateEventGridEvent(value, options) {
  return $validate($isEventGridEvent, $checkEventGridEvent, value, options);
}
function isEventGridEvent(value) {
  try {
    return $isEventGridEvent(value, false);
  } catch {
    return false;
  }
}
function $isEventGridEvent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["id"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  const v3 = v["topic"];
  if (typeof v3 !== "string" && v3 !== void 0 && (!("topic" in r1) || $hasOwn.call(v, "topic")))
    return false;
  const v4 = v["subject"];
  if (typeof v4 !== "string" || "subject" in r1 && !$hasOwn.call(v, "subject")) return false;
  const v5 = v["eventType"];
  if (typeof v5 !== "string" || "eventType" in r1 && !$hasOwn.call(v, "eventType")) return false;
  const v6 = v["eventTime"];
  if (typeof v6 !== "string" || "eventTime" in r1 && !$hasOwn.call(v, "eventTime")) return false;
  const v7 = v["data"];
  if (v7 === void 0 || "data" in r1 && !$hasOwn.call(v, "data")) return false;
  const v10 = v["dataVersion"];
  if (typeof v10 !== "string" || "dataVersion" in r1 && !$hasOwn.call(v, "dataVersion")) return false;
  const v11 = v["metadataVersion"];
  if (typeof v11 !== "string" && v11 !== void 0 && (!("metadataVersion" in r1) || $hasOwn.call(v, "metadataVersion")))
    return false;
  if (!$dateTime(v6)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "id",
      "topic",
      "subject",
      "eventType",
      "eventTime",
      "data",
      "dataVersion",
      "metadataVersion"
    ]))
      return false;
  }
  return true;
}
function $checkEventGridEvent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    $checkStringProperty(e, p, "topic" in r1 && v, "topic", v["topic"], true);
    $checkStringProperty(e, p, "subject" in r1 && v, "subject", v["subject"]);
    $checkStringProperty(e, p, "eventType" in r1 && v, "eventType", v["eventType"]);
    $checkDateTimeProperty(e, p, "eventTime" in r1 && v, "eventTime", v["eventTime"]);
    const v2 = v["data"];
    $has(e, p, "data" in r1 && v, "data", v2, "any");
    $checkStringProperty(e, p, "dataVersion" in r1 && v, "dataVersion", v["dataVersion"]);
    $checkStringProperty(e, p, "metadataVersion" in r1 && v, "metadataVersion", v["metadataVersion"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "id",
        "topic",
        "subject",
        "eventType",
        "eventTime",
        "data",
        "dataVersion",
        "metadataVersion"
      ]);
    }
  }
}
function validateCloudEvent(value, options) {
  return $validate($isCloudEvent, $checkCloudEvent, value, options);
}
function isCloudEvent(value) {
  try {
    return $isCloudEvent(value, false);
  } catch {
    return false;
  }
}
function $isCloudEvent(v, s) {
  if (!$isObject(v)) return false;
  const v2 = v["specversion"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === void 0 || "specversion" in r1 && !$hasOwn.call(v, "specversion")) return false;
  if (typeof v2 !== "string") return false;
  if (v2 !== "1.0") return false;
  const v3 = v["id"];
  if (typeof v3 !== "string" || "id" in r1 && !$hasOwn.call(v, "id")) return false;
  const v4 = v["source"];
  if (typeof v4 !== "string" || "source" in r1 && !$hasOwn.call(v, "source")) return false;
  const v5 = v["type"];
  if (typeof v5 !== "string" || "type" in r1 && !$hasOwn.call(v, "type")) return false;
  const v6 = v["subject"];
  if (typeof v6 !== "string" && v6 !== void 0 && (!("subject" in r1) || $hasOwn.call(v, "subject")))
    return false;
  const v7 = v["time"];
  if (typeof v7 !== "string" && v7 !== void 0 && (!("time" in r1) || $hasOwn.call(v, "time")))
    return false;
  const v8 = v["datacontenttype"];
  if (typeof v8 !== "string" && v8 !== void 0 && (!("datacontenttype" in r1) || $hasOwn.call(v, "datacontenttype")))
    return false;
  const v9 = v["dataschema"];
  if (typeof v9 !== "string" && v9 !== void 0 && (!("dataschema" in r1) || $hasOwn.call(v, "dataschema")))
    return false;
  if (typeof v7 === "string" && !$dateTime(v7) && (!("time" in r1) || $hasOwn.call(v, "time"))) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "specversion",
      "id",
      "source",
      "type",
      "subject",
      "time",
      "datacontenttype",
      "dataschema",
      "data"
    ]))
      return false;
  }
  return true;
}
function $checkCloudEvent(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["specversion"];
    if ($has(e, p, "specversion" in r1 && v, "specversion", v2, '"1.0"')) {
      if (typeof v2 !== "string") {
        $fail(e, p + "/specversion", "must be a string", "string", $type(v2));
      } else {
        if (v2 !== "1.0") {
          $fail(e, p + "/specversion", 'must be "1.0"', '"1.0"', $show(v2));
        }
      }
    }
    $checkStringProperty(e, p, "id" in r1 && v, "id", v["id"]);
    $checkStringProperty(e, p, "source" in r1 && v, "source", v["source"]);
    $checkStringProperty(e, p, "type" in r1 && v, "type", v["type"]);
    $checkStringProperty(e, p, "subject" in r1 && v, "subject", v["subject"], true);
    $checkDateTimeProperty(e, p, "time" in r1 && v, "time", v["time"], true);
    $checkStringProperty(e, p, "datacontenttype" in r1 && v, "datacontenttype", v["datacontenttype"], true);
    $checkStringProperty(e, p, "dataschema" in r1 && v, "dataschema", v["dataschema"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "specversion",
        "id",
        "source",
        "type",
        "subject",
        "time",
        "datacontenttype",
        "dataschema",
        "data"
      ]);
    }
  }
}
export {
  isCloudEvent,
  isEventGridEvent,
  validateCloudEvent,
  validateEventGridEvent
};
