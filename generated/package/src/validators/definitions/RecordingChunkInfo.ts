// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RecordingChunkInfo } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $fail,
  $validate,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a RecordingChunkInfo, reporting every error.
 *
 * One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties).
 */
export function validateRecordingChunkInfo(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RecordingChunkInfo> {
  return $validate<RecordingChunkInfo>($isRecordingChunkInfo, $checkRecordingChunkInfo, value, options);
}

/**
 * Whether a value is a valid RecordingChunkInfo.
 *
 * One stored chunk of a call recording (the spec's AcsRecordingChunkInfoProperties).
 */
export function isRecordingChunkInfo(value: unknown): value is RecordingChunkInfo {
  try {
    return $isRecordingChunkInfo(value, false);
  } catch {
    return false;
  }
}

function $isRecordingChunkInfo(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['documentId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' && v2 !== undefined && (!('documentId' in r1) || $hasOwn.call(v, 'documentId')))
    return false;
  const v3 = v['index'];
  if (v3 !== undefined && (!('index' in r1) || $hasOwn.call(v, 'index'))) {
    if (typeof v3 !== 'number' || !Number.isInteger(v3)) return false;
  }
  const v4 = v['endReason'];
  if (typeof v4 !== 'string' && v4 !== undefined && (!('endReason' in r1) || $hasOwn.call(v, 'endReason')))
    return false;
  const v5 = v['metadataLocation'];
  if (
    typeof v5 !== 'string' &&
    v5 !== undefined &&
    (!('metadataLocation' in r1) || $hasOwn.call(v, 'metadataLocation'))
  )
    return false;
  const v6 = v['contentLocation'];
  if (
    typeof v6 !== 'string' &&
    v6 !== undefined &&
    (!('contentLocation' in r1) || $hasOwn.call(v, 'contentLocation'))
  )
    return false;
  const v7 = v['deleteLocation'];
  if (
    typeof v7 !== 'string' &&
    v7 !== undefined &&
    (!('deleteLocation' in r1) || $hasOwn.call(v, 'deleteLocation'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'documentId',
        'index',
        'endReason',
        'metadataLocation',
        'contentLocation',
        'deleteLocation',
      ])
    )
      return false;
  }
  return true;
}

function $checkRecordingChunkInfo(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'documentId' in r1 && v, 'documentId', v['documentId'], true);
    const v2 = v['index'];
    if ($has(e, p, 'index' in r1 && v, 'index', v2)) {
      if (typeof v2 !== 'number' || !Number.isInteger(v2)) {
        $fail(e, p + '/index', 'must be an integer', 'integer', $type(v2));
      }
    }
    $checkStringProperty(e, p, 'endReason' in r1 && v, 'endReason', v['endReason'], true);
    $checkStringProperty(
      e,
      p,
      'metadataLocation' in r1 && v,
      'metadataLocation',
      v['metadataLocation'],
      true,
    );
    $checkStringProperty(e, p, 'contentLocation' in r1 && v, 'contentLocation', v['contentLocation'], true);
    $checkStringProperty(e, p, 'deleteLocation' in r1 && v, 'deleteLocation', v['deleteLocation'], true);
    if (s) {
      $extraKeys(e, p, v, [
        'documentId',
        'index',
        'endReason',
        'metadataLocation',
        'contentLocation',
        'deleteLocation',
      ]);
    }
  }
}

export { $isRecordingChunkInfo, $checkRecordingChunkInfo };
