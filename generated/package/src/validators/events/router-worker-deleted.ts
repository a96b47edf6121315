// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterWorkerDeletedEventData } from '../../types.js';
import {
  $hasOwn,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $int32,
  $fail,
  $validate,
  $checkStringProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';
import {
  $isRouterChannelConfiguration,
  $checkRouterChannelConfiguration,
} from '../definitions/RouterChannelConfiguration.js';
import { $isRouterLabels, $checkRouterLabels } from '../definitions/RouterLabels.js';
import { $isRouterQueueDetails, $checkRouterQueueDetails } from '../definitions/RouterQueueDetails.js';

/**
 * Validates the data of a Microsoft.Communication.RouterWorkerDeleted event, reporting every error.
 *
 * Published when a worker has been deleted.
 */
export function validateAcsRouterWorkerDeletedEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterWorkerDeletedEventData> {
  return $validate<AcsRouterWorkerDeletedEventData>(
    $isAcsRouterWorkerDeletedEventData,
    $checkAcsRouterWorkerDeletedEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterWorkerDeleted event.
 *
 * Published when a worker has been deleted.
 */
export function isAcsRouterWorkerDeletedEventData(value: unknown): value is AcsRouterWorkerDeletedEventData {
  try {
    return $isAcsRouterWorkerDeletedEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterWorkerDeletedEventData(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['workerId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('workerId' in r3 && !$hasOwn.call(v, 'workerId'))) return false;
  const v5 = v['totalCapacity'];
  if (v5 === undefined || ('totalCapacity' in r3 && !$hasOwn.call(v, 'totalCapacity'))) return false;
  if (typeof v5 !== 'number' || !Number.isInteger(v5)) return false;
  if (!$int32(v5)) return false;
  const v6 = v['queueAssignments'];
  if (v6 === undefined || ('queueAssignments' in r3 && !$hasOwn.call(v, 'queueAssignments'))) return false;
  if (!Array.isArray(v6)) return false;
  const a7 = v6 as unknown[];
  for (let i8 = 0; i8 < a7.length; i8++) {
    const v9 = a7[i8];
    if (!$isRouterQueueDetails(v9, s)) return false;
  }
  const v12 = v['channelConfigurations'];
  if (v12 === undefined || ('channelConfigurations' in r3 && !$hasOwn.call(v, 'channelConfigurations')))
    return false;
  if (!Array.isArray(v12)) return false;
  const a13 = v12 as unknown[];
  for (let i14 = 0; i14 < a13.length; i14++) {
    const v15 = a13[i14];
    if (!$isRouterChannelConfiguration(v15, s)) return false;
  }
  const v18 = v['labels'];
  if (v18 !== undefined && (!('labels' in r3) || $hasOwn.call(v, 'labels'))) {
    if (!($isRouterLabels(v18, s) || $isAcsRouterWorkerDeletedEventData$9(v18, s))) return false;
  }
  const v21 = v['tags'];
  if (v21 !== undefined && (!('tags' in r3) || $hasOwn.call(v, 'tags'))) {
    if (!($isRouterLabels(v21, s) || $isAcsRouterWorkerDeletedEventData$10(v21, s))) return false;
  }
  if (s) {
    if (
      !$onlyKeys(v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterWorkerDeletedEventData(
  v: unknown,
  p: string,
  e: ValidationError[],
  s: boolean,
): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'workerId' in r3 && v, 'workerId', v['workerId']);
    const v4 = v['totalCapacity'];
    if ($has(e, p, 'totalCapacity' in r3 && v, 'totalCapacity', v4, 'int32')) {
      if (typeof v4 !== 'number' || !Number.isInteger(v4)) {
        $fail(e, p + '/totalCapacity', 'must be an integer', 'integer', $type(v4));
      } else {
        if (!$int32(v4)) {
          $fail(
            e,
            p + '/totalCapacity',
            'must be an integer in [-2147483648, 2147483647] (int32)',
            'int32',
            $show(v4),
          );
        }
      }
    }
    const v5 = v['queueAssignments'];
    if ($has(e, p, 'queueAssignments' in r3 && v, 'queueAssignments', v5, 'RouterQueueDetails[]')) {
      if (!Array.isArray(v5)) {
        $fail(e, p + '/queueAssignments', 'must be an array', 'array', $type(v5));
      } else {
        const a6 = v5 as unknown[];
        for (let i7 = 0; i7 < a6.length; i7++) {
          const v8 = a6[i7];
          $checkRouterQueueDetails(v8, p + '/queueAssignments/' + i7, e, s);
        }
      }
    }
    const v11 = v['channelConfigurations'];
    if (
      $has(
        e,
        p,
        'channelConfigurations' in r3 && v,
        'channelConfigurations',
        v11,
        'RouterChannelConfiguration[]',
      )
    ) {
      if (!Array.isArray(v11)) {
        $fail(e, p + '/channelConfigurations', 'must be an array', 'array', $type(v11));
      } else {
        const a12 = v11 as unknown[];
        for (let i13 = 0; i13 < a12.length; i13++) {
          const v14 = a12[i13];
          $checkRouterChannelConfiguration(v14, p + '/channelConfigurations/' + i13, e, s);
        }
      }
    }
    const v17 = v['labels'];
    if ($has(e, p, 'labels' in r3 && v, 'labels', v17)) {
      if (!($isRouterLabels(v17, s) || $isAcsRouterWorkerDeletedEventData$9(v17, s))) {
        $fail(
          e,
          p + '/labels',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v17),
        );
        if (typeof v17 === 'object' && v17 !== null && !Array.isArray(v17))
          $checkRouterLabels(v17, p + '/labels', e, s);
        if (v17 === null) $checkAcsRouterWorkerDeletedEventData$9(v17, p + '/labels', e, s);
      }
    }
    const v20 = v['tags'];
    if ($has(e, p, 'tags' in r3 && v, 'tags', v20)) {
      if (!($isRouterLabels(v20, s) || $isAcsRouterWorkerDeletedEventData$10(v20, s))) {
        $fail(
          e,
          p + '/tags',
          'must match at least one alternative (anyOf)',
          'RouterLabels | null',
          $type(v20),
        );
        if (typeof v20 === 'object' && v20 !== null && !Array.isArray(v20))
          $checkRouterLabels(v20, p + '/tags', e, s);
        if (v20 === null) $checkAcsRouterWorkerDeletedEventData$10(v20, p + '/tags', e, s);
      }
    }
    if (s) {
      $extraKeys(e, p, v, [
        'workerId',
        'totalCapacity',
        'queueAssignments',
        'channelConfigurations',
        'labels',
        'tags',
      ]);
    }
  }
}

function $isAcsRouterWorkerDeletedEventData$9(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerDeletedEventData$9(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}

function $isAcsRouterWorkerDeletedEventData$10(v: unknown, _s: boolean): boolean {
  if (v !== null) return false;
  return true;
}

function $checkAcsRouterWorkerDeletedEventData$10(
  v: unknown,
  p: string,
  e: ValidationError[],
  _s: boolean,
): void {
  if (v !== null) {
    $fail(e, p, 'must be null', 'null', $type(v));
  }
}
