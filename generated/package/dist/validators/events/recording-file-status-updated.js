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
  $checkStringProperty,
  $isDateTimeProperty,
  $checkDateTimeProperty
} from "../../support/validation.js";
import { $isRecordingStorageInfo, $checkRecordingStorageInfo } from "../definitions/RecordingStorageInfo.js";
function validateAcsRecordingFileStatusUpdatedEventData(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkAcsRecordingFileStatusUpdatedEventData(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isAcsRecordingFileStatusUpdatedEventData(value) {
  try {
    return $isAcsRecordingFileStatusUpdatedEventData(value, false);
  } catch {
    return false;
  }
}
function $isAcsRecordingFileStatusUpdatedEventData(v, s) {
  if (!$isObject(v)) return false;
  const v1 = v["recordingStorageInfo"];
  if (!$own(v, "recordingStorageInfo", v1)) return false;
  if (!$isRecordingStorageInfo(v1, s)) return false;
  if (!$isDateTimeProperty(v, "recordingStartTime", v["recordingStartTime"], true)) return false;
  const v3 = v["recordingDurationMs"];
  if ($own(v, "recordingDurationMs", v3)) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) return false;
    if (!$int64(v3)) return false;
  }
  const v4 = v["recordingContentType"];
  if ($own(v, "recordingContentType", v4)) {
    if (typeof v4 !== "string") return false;
  }
  const v6 = v["recordingChannelType"];
  if ($own(v, "recordingChannelType", v6)) {
    if (typeof v6 !== "string") return false;
  }
  const v8 = v["recordingFormatType"];
  if ($own(v, "recordingFormatType", v8)) {
    if (typeof v8 !== "string") return false;
  }
  if (!$isStringProperty(v, "sessionEndReason", v["sessionEndReason"], true)) return false;
  if (s) {
    if (!$onlyKeys(v, [
      "recordingStorageInfo",
      "recordingStartTime",
      "recordingDurationMs",
      "recordingContentType",
      "recordingChannelType",
      "recordingFormatType",
      "sessionEndReason"
    ]))
      return false;
  }
  return true;
}
function $checkAcsRecordingFileStatusUpdatedEventData(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["recordingStorageInfo"];
    if ($has(e, p, v, "recordingStorageInfo", v1, "RecordingStorageInfo")) {
      $checkRecordingStorageInfo(v1, p + "/recordingStorageInfo", e, s);
    }
    $checkDateTimeProperty(e, p, v, "recordingStartTime", v["recordingStartTime"], true);
    const v3 = v["recordingDurationMs"];
    if ($has(e, p, v, "recordingDurationMs", v3)) {
      if (typeof v3 !== "number" || !Number.isInteger(v3)) {
        $fail(e, p + "/recordingDurationMs", "must be an integer", "integer", $type(v3));
      } else {
        if (!$int64(v3)) {
          $fail(e, p + "/recordingDurationMs", "must be an integer (int64)", "int64", $show(v3));
        }
      }
    }
    const v4 = v["recordingContentType"];
    if ($has(e, p, v, "recordingContentType", v4)) {
      if (typeof v4 !== "string") {
        $fail(
          e,
          p + "/recordingContentType",
          'must be one of "AudioVideo" | "Audio" | string',
          '"AudioVideo" | "Audio" | string',
          $show(v4)
        );
      }
    }
    const v6 = v["recordingChannelType"];
    if ($has(e, p, v, "recordingChannelType", v6)) {
      if (typeof v6 !== "string") {
        $fail(
          e,
          p + "/recordingChannelType",
          'must be one of "Mixed" | "Unmixed" | string',
          '"Mixed" | "Unmixed" | string',
          $show(v6)
        );
      }
    }
    const v8 = v["recordingFormatType"];
    if ($has(e, p, v, "recordingFormatType", v8)) {
      if (typeof v8 !== "string") {
        $fail(
          e,
          p + "/recordingFormatType",
          'must be one of "Wav" | "Mp3" | "Mp4" | string',
          '"Wav" | "Mp3" | "Mp4" | string',
          $show(v8)
        );
      }
    }
    $checkStringProperty(e, p, v, "sessionEndReason", v["sessionEndReason"], true);
    if (s) {
      $extraKeys(e, p, v, [
        "recordingStorageInfo",
        "recordingStartTime",
        "recordingDurationMs",
        "recordingContentType",
        "recordingChannelType",
        "recordingFormatType",
        "sessionEndReason"
      ]);
    }
  }
}
export {
  isAcsRecordingFileStatusUpdatedEventData,
  validateAcsRecordingFileStatusUpdatedEventData
};
