// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobSchedulingFailedEventData } from '../../types.js';
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
  $int32,
  $fail,
  $validate,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import { $isRouterLabels, $checkRouterLabels } from '../definitions/RouterLabels.js';
import { $isRouterWorkerSelector, $checkRouterWorkerSelector } from '../definitions/RouterWorkerSelector.js';

/**
 * Validates the data of a Microsoft.Communication.RouterJobSchedulingFailed event, reporting every error.
 *
 * Published when a scheduled job was requested but Job Router failed to schedule it.
 */
export function validateAcsRouterJobSchedulingFailedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobSchedulingFailedEventData> {
  return $validate<AcsRouterJobSchedulingFailedEventData>(
    $isAcsRouterJobSchedulingFailedEventData,
    $checkAcsRouterJobSchedulingFailedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobSchedulingFailed event.
 *
 * Published when a scheduled job was requested but Job Router failed to schedule it.
 */
export function isAcsRouterJobSchedulingFailedEventData(
  value: unknown,
): value is AcsRouterJobSchedulingFailedEventData {
  try {
    return $isAcsRouterJobSchedulingFailedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobSchedulingFailedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v6 = v['jobId'];
  const r5: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v6 !== 'string' || ('jobId' in r5 && !$hasOwn.call(v, 'jobId'))) return false;
  const v7 = v['channelReference'];
  if (v7 !== undefined && (!('channelReference' in r5) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v7 !== 'string' && v7 !== null) return false;
  }
  const v8 = v['channelId'];
  if (typeof v8 !== 'string' || ('channelId' in r5 && !$hasOwn.call(v, 'channelId'))) return false;
  const v10 = v['queueId'];
  const r9: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v10 !== undefined && (!('queueId' in r9) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v10 !== 'string' && v10 !== null) return false;
  }
  const v11 = v['labels'];
  if (v11 === undefined || ('labels' in r9 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v11, s)) return false;
  const v14 = v['tags'];
  if (v14 === undefined || ('tags' in r9 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v14, s)) return false;
  const v18 = v['priority'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v18 === undefined || ('priority' in r17 && !$hasOwn.call(v, 'priority'))) return false;
  if (typeof v18 !== 'number' || !Number.isInteger(v18)) return false;
  if (!$int32(v18)) return false;
  const v19 = v['requestedWorkerSelectors'];
  if (
    v19 !== undefined &&
    (!('requestedWorkerSelectors' in r17) || $hasOwn.call(v, 'requestedWorkerSelectors'))
  ) {
    if (!Array.isArray(v19) && v19 !== null) return false;
    if (Array.isArray(v19)) {
      const a20 = v19 as unknown[];
      for (let i21 = 0; i21 < a20.length; i21++) {
        const v22 = a20[i21];
        if (!$isRouterWorkerSelector(v22, s)) return false;
      }
    }
  }
  const v25 = v['attachedWorkerSelectors'];
  if (
    v25 !== undefined &&
    (!('attachedWorkerSelectors' in r17) || $hasOwn.call(v, 'attachedWorkerSelectors'))
  ) {
    if (!Array.isArray(v25) && v25 !== null) return false;
    if (Array.isArray(v25)) {
      const a26 = v25 as unknown[];
      for (let i27 = 0; i27 < a26.length; i27++) {
        const v28 = a26[i27];
        if (!$isRouterWorkerSelector(v28, s)) return false;
      }
    }
  }
  const v31 = v['scheduledOn'];
  if (v31 !== undefined && (!('scheduledOn' in r17) || $hasOwn.call(v, 'scheduledOn'))) {
    if (typeof v31 !== 'string' && v31 !== null) return false;
    if (typeof v31 === 'string' && !$dateTime(v31)) return false;
  }
  const v32 = v['failureReason'];
  if (v32 !== undefined && (!('failureReason' in r17) || $hasOwn.call(v, 'failureReason'))) {
    if (typeof v32 !== 'string' && v32 !== null) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'priority',
        'requestedWorkerSelectors',
        'attachedWorkerSelectors',
        'scheduledOn',
        'failureReason',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobSchedulingFailedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r5 && v, 'jobId', v['jobId']);
    const v6 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r5 && v, 'channelReference', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r5 && v, 'channelId', v['channelId']);
    const r7: object = Object.getPrototypeOf(v) || Object.prototype;
    const v8 = v['queueId'];
    if ($has(e, p, 'queueId' in r7 && v, 'queueId', v8)) {
      if (typeof v8 !== 'string' && v8 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v8));
      }
    }
    const v9 = v['labels'];
    if ($has(e, p, 'labels' in r7 && v, 'labels', v9, 'RouterLabels')) {
      $checkRouterLabels(v9, p + '/labels', e, s);
    }
    const v12 = v['tags'];
    if ($has(e, p, 'tags' in r7 && v, 'tags', v12, 'RouterLabels')) {
      $checkRouterLabels(v12, p + '/tags', e, s);
    }
    const r15: object = Object.getPrototypeOf(v) || Object.prototype;
    const v16 = v['priority'];
    if ($has(e, p, 'priority' in r15 && v, 'priority', v16, 'int32')) {
      if (typeof v16 !== 'number' || !Number.isInteger(v16)) {
        $fail(e, p + '/priority', 'must be an integer', 'integer', $type(v16));
      } else {
        if (!$int32(v16)) {
          $fail(
            e,
            p + '/priority',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v16),
          );
        }
      }
    }
    const v17 = v['requestedWorkerSelectors'];
    if ($has(e, p, 'requestedWorkerSelectors' in r15 && v, 'requestedWorkerSelectors', v17)) {
      if (!Array.isArray(v17) && v17 !== null) {
        $fail(e, p + '/requestedWorkerSelectors', 'must be an array or null', 'array | null', $type(v17));
      } else {
        if (Array.isArray(v17)) {
          const a18 = v17 as unknown[];
          for (let i19 = 0; i19 < a18.length; i19++) {
            const v20 = a18[i19];
            $checkRouterWorkerSelector(v20, p + '/requestedWorkerSelectors/' + i19, e, s);
          }
        }
      }
    }
    const v23 = v['attachedWorkerSelectors'];
    if ($has(e, p, 'attachedWorkerSelectors' in r15 && v, 'attachedWorkerSelectors', v23)) {
      if (!Array.isArray(v23) && v23 !== null) {
        $fail(e, p + '/attachedWorkerSelectors', 'must be an array or null', 'array | null', $type(v23));
      } else {
        if (Array.isArray(v23)) {
          const a24 = v23 as unknown[];
          for (let i25 = 0; i25 < a24.length; i25++) {
            const v26 = a24[i25];
            $checkRouterWorkerSelector(v26, p + '/attachedWorkerSelectors/' + i25, e, s);
          }
        }
      }
    }
    const v29 = v['scheduledOn'];
    if ($has(e, p, 'scheduledOn' in r15 && v, 'scheduledOn', v29)) {
      if (typeof v29 !== 'string' && v29 !== null) {
        $fail(e, p + '/scheduledOn', 'must be a string or null', 'string | null', $type(v29));
      } else {
        if (typeof v29 === 'string' && !$dateTime(v29)) {
          $fail(
            e,
            p + '/scheduledOn',
            'must be an RFC 3339 date-time with a time zone, e.g. "2021-02-25T21:38:03.5Z"',
            'date-time',
            $show(v29),
          );
        }
      }
    }
    const v30 = v['failureReason'];
    if ($has(e, p, 'failureReason' in r15 && v, 'failureReason', v30)) {
      if (typeof v30 !== 'string' && v30 !== null) {
        $fail(e, p + '/failureReason', 'must be a string or null', 'string | null', $type(v30));
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'priority',
        'requestedWorkerSelectors',
        'attachedWorkerSelectors',
        'scheduledOn',
        'failureReason',
      ]);
    }
  }
}
