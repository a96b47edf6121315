// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $fail,
  $validate
} from "../../support/validation.js";
import { $isRecordingChunkInfo, $checkRecordingChunkInfo } from "./RecordingChunkInfo.js";
function validateRecordingStorageInfo(value, options) {
  return $validate($isRecordingStorageInfo, $checkRecordingStorageInfo, value, options);
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
  const v2 = v["recordingChunks"];
  const r1 = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 !== void 0 && (!("recordingChunks" in r1) || $hasOwn.call(v, "recordingChunks"))) {
    if (!Array.isArray(v2)) return false;
    const a3 = v2;
    for (let i4 = 0; i4 < a3.length; i4++) {
      const v5 = a3[i4];
      if (!$isRecordingChunkInfo(v5, s)) return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ["recordingChunks"])) return false;
  }
  return true;
}
function $checkRecordingStorageInfo(v, p, e, s) {
  if ($checkObject(e, p, v)) {
    const r1 = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v["recordingChunks"];
    if ($has(e, p, "recordingChunks" in r1 && v, "recordingChunks", v2)) {
      if (!Array.isArray(v2)) {
        $fail(e, p + "/recordingChunks", "must be an array", "array", $type(v2));
      } else {
        const a3 = v2;
        for (let i4 = 0; i4 < a3.length; i4++) {
          const v5 = a3[i4];
          $checkRecordingChunkInfo(v5, p + "/recordingChunks/" + i4, e, s);
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
