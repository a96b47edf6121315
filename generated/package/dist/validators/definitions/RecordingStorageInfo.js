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
  $reported
} from "../../support/validation.js";
import { $isRecordingChunkInfo, $checkRecordingChunkInfo } from "./RecordingChunkInfo.js";
function validateRecordingStorageInfo(value, options) {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRecordingStorageInfo(value, "", errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors: $reported(errors) };
}
function isRecordingStorageInfo(value) {
  try {
    return $isRecordingStorageInfo(value, false);
  } catch {
    return false;
  }
}
function $isRecordingStorageInfo(v, s) {
  if (!$isObject(v)) return false;
  const v1 = v["recordingChunks"];
  if ($own(v, "recordingChunks", v1)) {
    if (!Array.isArray(v1)) return false;
    const a2 = v1;
    for (let i3 = 0; i3 < a2.length; i3++) {
      const v4 = a2[i3];
      if (!$isRecordingChunkInfo(v4, s)) return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["recordingChunks"])) return false;
  }
  return true;
}
function $checkRecordingStorageInfo(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const v1 = v["recordingChunks"];
    if ($has(e, p, v, "recordingChunks", v1)) {
      if (!Array.isArray(v1)) {
        $fail(e, p + "/recordingChunks", "must be an array", "array", $type(v1));
      } else {
        const a2 = v1;
        for (let i3 = 0; i3 < a2.length; i3++) {
          const v4 = a2[i3];
          $checkRecordingChunkInfo(v4, p + "/recordingChunks/" + i3, e, s);
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ["recordingChunks"]);
    }
  }
}
export {
  $checkRecordingStorageInfo,
  $isRecordingStorageInfo,
  isRecordingStorageInfo,
  validateRecordingStorageInfo
};
