// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobUnassignedEventData } from '../../types.js';
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
import { $isRouterLabels, $checkRouterLabels } from '../definitions/RouterLabels.js';

/**
 * Validates the data of a Microsoft.Communication.RouterJobUnassigned event, reporting every error.
 *
 * Published when an already assigned job has been unassigned from a worker.
 */
export function validateAcsRouterJobUnassignedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobUnassignedEventData> {
  return $validate<AcsRouterJobUnassignedEventData>(
    $isAcsRouterJobUnassignedEventData,
    $checkAcsRouterJobUnassignedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobUnassigned event.
 *
 * Published when an already assigned job has been unassigned from a worker.
 */
export function isAcsRouterJobUnassignedEventData(value: unknown): value is AcsRouterJobUnassignedEventData {
  try {
    return $isAcsRouterJobUnassignedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobUnassignedEventData(v: unknown, s: boolean): boolean {
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
  const v18 = v['assignmentId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('assignmentId' in r17 && !$hasOwn.call(v, 'assignmentId'))) return false;
  const v19 = v['workerId'];
  if (typeof v19 !== 'string' || ('workerId' in r17 && !$hasOwn.call(v, 'workerId'))) return false;
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'assignmentId',
        'workerId',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobUnassignedEventData(
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
    $checkStringProperty(e, p, 'assignmentId' in r15 && v, 'assignmentId', v['assignmentId']);
    $checkStringProperty(e, p, 'workerId' in r15 && v, 'workerId', v['workerId']);
    if (s) {
      $extraKeys(e, p, v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'assignmentId',
        'workerId',
      ]);
    }
  }
}
