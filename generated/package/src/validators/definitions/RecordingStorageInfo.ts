// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RecordingStorageInfo } from '../../types.js';
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
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isRecordingChunkInfo, $checkRecordingChunkInfo } from './RecordingChunkInfo.js';

/**
 * Validates a RecordingStorageInfo, reporting every error.
 *
 * Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties).
 */
export function validateRecordingStorageInfo(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RecordingStorageInfo> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRecordingStorageInfo(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as RecordingStorageInfo }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid RecordingStorageInfo.
 *
 * Where a call recording is stored (the spec's AcsRecordingStorageInfoProperties).
 */
export function isRecordingStorageInfo(value: unknown): value is RecordingStorageInfo {
  try {
    return $isRecordingStorageInfo(value, false);
  } catch {
    return false;
  }
}

function $isRecordingStorageInfo(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v1 = v['recordingChunks'];
  if ($own(v, 'recordingChunks', v1)) {
    if (!Array.isArray(v1)) return false;
    const a2 = v1 as unknown[];
    for (let i3 = 0; i3 < a2.length; i3++) {
      const v4 = a2[i3];
      if (!$isRecordingChunkInfo(v4, s)) return false;
    }
  }
  if (s) {
    if (!$onlyKeys(v, ['recordingChunks'])) return false;
  }
  return true;
}

function $checkRecordingStorageInfo(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const v1 = v['recordingChunks'];
    if ($has(e, p, v, 'recordingChunks', v1)) {
      if (!Array.isArray(v1)) {
        $fail(e, p + '/recordingChunks', 'must be an array', 'array', $type(v1));
      } else {
        const a2 = v1 as unknown[];
        for (let i3 = 0; i3 < a2.length; i3++) {
          const v4 = a2[i3];
          $checkRecordingChunkInfo(v4, p + '/recordingChunks/' + i3, e, s);
        }
      }
    }
    if (s) {
      $extraKeys(e, p, v, ['recordingChunks']);
    }
  }
}

export { $isRecordingStorageInfo, $checkRecordingStorageInfo };
