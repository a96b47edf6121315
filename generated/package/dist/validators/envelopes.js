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
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty
} from "../support/validation.js";
function validateEventGridEvent(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkEventGridEvent(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, "id", v["id"])) return false;
  if (!$isStringProperty(v, "topic", v["topic"], true)) return false;
  if (!$isStringProperty(v, "subject", v["subject"])) return false;
  if (!$isStringProperty(v, "eventType", v["eventType"])) return false;
  if (!$isDateTimeProperty(v, "eventTime", v["eventTime"])) return false;
  const v1 = v["data"];
  if (!$own(v, "data", v1)) return false;
  if (!$isStringProperty(v, "dataVersion", v["dataVersion"])) return false;
  if (!$isStringProperty(v, "metadataVersion", v["metadataVersion"], true)) return false;
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
    $checkStringProperty(e, p, v, "id", v["id"]);
    $checkStringProperty(e, p, v, "topic", v["topic"], true);
    $checkStringProperty(e, p, v, "subject", v["subject"]);
    $checkStringProperty(e, p, v, "eventType", v["eventType"]);
    $checkDateTimeProperty(e, p, v, "eventTime", v["eventTime"]);
    const v1 = v["data"];
    $has(e, p, v, "data", v1, "any");
    $checkStringProperty(e, p, v, "dataVersion", v["dataVersion"]);
    $checkStringProperty(e, p, v, "metadataVersion", v["metadataVersion"], true);
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkCloudEvent(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
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
  const v1 = v["specversion"];
  if (!$own(v, "specversion", v1)) return false;
  if (typeof v1 !== "string") return false;
  if (v1 !== "1.0") return false;
  if (!$isStringProperty(v, "id", v["id"])) return false;
  if (!$isStringProperty(v, "source", v["source"])) return false;
  if (!$isStringProperty(v, "type", v["type"])) return false;
  if (!$isStringProperty(v, "subject", v["subject"], true)) return false;
  if (!$isDateTimeProperty(v, "time", v["time"], true)) return false;
  if (!$isStringProperty(v, "datacontenttype", v["datacontenttype"], true)) return false;
  if (!$isStringProperty(v, "dataschema", v["dataschema"], true)) return false;
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
    const v1 = v["specversion"];
    if ($has(e, p, v, "specversion", v1, '"1.0"')) {
      if (typeof v1 !== "string") {
        $fail(e, p + "/specversion", "must be a string", "string", $type(v1));
      } else {
        if (v1 !== "1.0") {
          $fail(e, p + "/specversion", 'must be "1.0"', '"1.0"', $show(v1));
        }
      }
    }
    $checkStringProperty(e, p, v, "id", v["id"]);
    $checkStringProperty(e, p, v, "source", v["source"]);
    $checkStringProperty(e, p, v, "type", v["type"]);
    $checkStringProperty(e, p, v, "subject", v["subject"], true);
    $checkDateTimeProperty(e, p, v, "time", v["time"], true);
    $checkStringProperty(e, p, v, "datacontenttype", v["datacontenttype"], true);
    $checkStringProperty(e, p, v, "dataschema", v["dataschema"], true);
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
