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
  $int64,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty
} from "../../support/validation.js";
function validateRecordingChunkInfo(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRecordingChunkInfo(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isRecordingChunkInfo(value) {
  try {
    return $isRecordingChunkInfo(value, false);
  } catch {
    return false;
  }
}
function $isRecordingChunkInfo(v, s) {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, "documentId", v["documentId"], true)) return false;
  const v1 = v["index"];
  if ($own(v, "index", v1)) {
    if (typeof v1 !== "number" || !Number.isInteger(v1)) return false;
    if (!$int64(v1)) return false;
  }
  if (!$isStringProperty(v, "endReason", v["endReason"], true)) return false;
  if (!$isStringProperty(v, "metadataLocation", v["metadataLocation"], true)) return false;
  if (!$isStringProperty(v, "contentLocation", v["contentLocation"], true)) return false;
  if (!$isStringProperty(v, "deleteLocation", v["deleteLocation"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "documentId",
      "index",
      "endReason",
      "metadataLocation",
      "contentLocation",
      "deleteLocation"
    ]))
      return false;
  }
  return true;
}
function $checkRecordingChunkInfo(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, "documentId", v["documentId"], true);
    const v1 = v["index"];
    if ($has(e, p, v, "index", v1)) {
      if (typeof v1 !== "number" || !Number.isInteger(v1)) {
        $fail(e, p + "/index", "must be an integer", "integer", $type(v1));
      } else {
        if (!$int64(v1)) {
          $fail(e, p + "/index", "must be an integer (int64)", "int64", $show(v1));
        }
      }
    }
    $checkStringProperty(e, p, v, "endReason", v["endReason"], true);
    $checkStringProperty(e, p, v, "metadataLocation", v["metadataLocation"], true);
    $checkStringProperty(e, p, v, "contentLocation", v["contentLocation"], true);
    $checkStringProperty(e, p, v, "deleteLocation", v["deleteLocation"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "documentId",
        "index",
        "endReason",
        "metadataLocation",
        "contentLocation",
        "deleteLocation"
      ]);
    }
  }
}
export {
  $checkRecordingChunkInfo,
  $isRecordingChunkInfo,
  isRecordingChunkInfo,
  validateRecordingChunkInfo
};
