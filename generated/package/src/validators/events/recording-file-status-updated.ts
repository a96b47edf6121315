// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRecordingFileStatusUpdatedEventData } from '../../types.js';
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
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isRecordingStorageInfo, $checkRecordingStorageInfo } from '../definitions/RecordingStorageInfo.js';

/**
 * Validates the data of a Microsoft.Communication.RecordingFileStatusUpdated event, reporting every error.
 *
 * Published when a call recording file is available.
 */
export function validateAcsRecordingFileStatusUpdatedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRecordingFileStatusUpdatedEventData> {
  return $validate<AcsRecordingFileStatusUpdatedEventData>(
    $isAcsRecordingFileStatusUpdatedEventData,
    $checkAcsRecordingFileStatusUpdatedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RecordingFileStatusUpdated event.
 *
 * Published when a call recording file is available.
 */
export function isAcsRecordingFileStatusUpdatedEventData(
  value: unknown,
): value is AcsRecordingFileStatusUpdatedEventData {
  try {
    return $isAcsRecordingFileStatusUpdatedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRecordingFileStatusUpdatedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['recordingStorageInfo'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v2 === undefined || ('recordingStorageInfo' in r1 && !$hasOwn.call(v, 'recordingStorageInfo')))
    return false;
  if (!$isRecordingStorageInfo(v2, s)) return false;
  const v5 = v['recordingStartTime'];
  if (
    typeof v5 !== 'string' &&
    v5 !== undefined &&
    (!('recordingStartTime' in r1) || $hasOwn.call(v, 'recordingStartTime'))
  )
    return false;
  const v6 = v['recordingDurationMs'];
  if (v6 !== undefined && (!('recordingDurationMs' in r1) || $hasOwn.call(v, 'recordingDurationMs'))) {
    if (typeof v6 !== 'number' || !Number.isInteger(v6)) return false;
  }
  const v7 = v['recordingContentType'];
  if (v7 !== undefined && (!('recordingContentType' in r1) || $hasOwn.call(v, 'recordingContentType'))) {
    if (typeof v7 !== 'string') return false;
  }
  const v10 = v['recordingChannelType'];
  if (v10 !== undefined && (!('recordingChannelType' in r1) || $hasOwn.call(v, 'recordingChannelType'))) {
    if (typeof v10 !== 'string') return false;
  }
  const v13 = v['recordingFormatType'];
  if (v13 !== undefined && (!('recordingFormatType' in r1) || $hasOwn.call(v, 'recordingFormatType'))) {
    if (typeof v13 !== 'string') return false;
  }
  const v16 = v['sessionEndReason'];
  if (
    typeof v16 !== 'string' &&
    v16 !== undefined &&
    (!('sessionEndReason' in r1) || $hasOwn.call(v, 'sessionEndReason'))
  )
    return false;
  if (
    typeof v5 === 'string' &&
    !$dateTime(v5) &&
    (!('recordingStartTime' in r1) || $hasOwn.call(v, 'recordingStartTime'))
  )
    return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'recordingStorageInfo',
        'recordingStartTime',
        'recordingDurationMs',
        'recordingContentType',
        'recordingChannelType',
        'recordingFormatType',
        'sessionEndReason',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRecordingFileStatusUpdatedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    const v2 = v['recordingStorageInfo'];
    if ($has(e, p, 'recordingStorageInfo' in r1 && v, 'recordingStorageInfo', v2, 'RecordingStorageInfo')) {
      $checkRecordingStorageInfo(v2, p + '/recordingStorageInfo', e, s);
    }
    $checkDateTimeProperty(
      e,
      p,
      'recordingStartTime' in r1 && v,
      'recordingStartTime',
      v['recordingStartTime'],
      true,
    );
    const v5 = v['recordingDurationMs'];
    if ($has(e, p, 'recordingDurationMs' in r1 && v, 'recordingDurationMs', v5)) {
      if (typeof v5 !== 'number' || !Number.isInteger(v5)) {
        $fail(e, p + '/recordingDurationMs', 'must be an integer', 'integer', $type(v5));
      }
    }
    const v6 = v['recordingContentType'];
    if ($has(e, p, 'recordingContentType' in r1 && v, 'recordingContentType', v6)) {
      if (typeof v6 !== 'string') {
        $fail(
          e,
          p + '/recordingContentType',
          'must be one of "AudioVideo" | "Audio" | string',
          '"AudioVideo" | "Audio" | string',
          $show(v6),
        );
      }
    }
    const v9 = v['recordingChannelType'];
    if ($has(e, p, 'recordingChannelType' in r1 && v, 'recordingChannelType', v9)) {
      if (typeof v9 !== 'string') {
        $fail(
          e,
          p + '/recordingChannelType',
          'must be one of "Mixed" | "Unmixed" | string',
          '"Mixed" | "Unmixed" | string',
          $show(v9),
        );
      }
    }
    const v12 = v['recordingFormatType'];
    if ($has(e, p, 'recordingFormatType' in r1 && v, 'recordingFormatType', v12)) {
      if (typeof v12 !== 'string') {
        $fail(
          e,
          p + '/recordingFormatType',
          'must be one of "Wav" | "Mp3" | "Mp4" | string',
          '"Wav" | "Mp3" | "Mp4" | string',
          $show(v12),
        );
      }
    }
    $checkStringProperty(
      e,
      p,
      'sessionEndReason' in r1 && v,
      'sessionEndReason',
      v['sessionEndReason'],
      true,
    );
    if (s) {
      $extraKeys(e, p, v, [
        'recordingStorageInfo',
        'recordingStartTime',
        'recordingDurationMs',
        'recordingContentType',
        'recordingChannelType',
        'recordingFormatType',
        'sessionEndReason',
      ]);
    }
  }
}
