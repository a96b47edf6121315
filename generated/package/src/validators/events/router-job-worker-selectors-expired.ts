// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { AcsRouterJobWorkerSelectorsExpiredEventData } from '../../types.js';
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
import { $isRouterWorkerSelector, $checkRouterWorkerSelector } from '../definitions/RouterWorkerSelector.js';

/**
 * Validates the data of a Microsoft.Communication.RouterJobWorkerSelectorsExpired event, reporting every error.
 *
 * Published when one or more worker selectors on a job have expired.
 */
export function validateAcsRouterJobWorkerSelectorsExpiredEventData(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AcsRouterJobWorkerSelectorsExpiredEventData> {
  return $validate<AcsRouterJobWorkerSelectorsExpiredEventData>(
    $isAcsRouterJobWorkerSelectorsExpiredEventData,
    $checkAcsRouterJobWorkerSelectorsExpiredEventData,
    value,
    options,
  );
}

/**
 * Whether a value is valid data of a Microsoft.Communication.RouterJobWorkerSelectorsExpired event.
 *
 * Published when one or more worker selectors on a job have expired.
 */
export function isAcsRouterJobWorkerSelectorsExpiredEventData(
  value: unknown,
): value is AcsRouterJobWorkerSelectorsExpiredEventData {
  try {
    return $isAcsRouterJobWorkerSelectorsExpiredEventData(value, false);
  } catch {
    return false;
  }
}

function $isAcsRouterJobWorkerSelectorsExpiredEventData(v: unknown, s: boolean): boolean {
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
  const v18 = v['queueId'];
  const r17: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v18 !== 'string' || ('queueId' in r17 && !$hasOwn.call(v, 'queueId'))) return false;
  const v19 = v['requestedWorkerSelectorsExpired'];
  if (
    v19 !== undefined &&
    (!('requestedWorkerSelectorsExpired' in r17) || $hasOwn.call(v, 'requestedWorkerSelectorsExpired'))
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
  const v25 = v['attachedWorkerSelectorsExpired'];
  if (
    v25 !== undefined &&
    (!('attachedWorkerSelectorsExpired' in r17) || $hasOwn.call(v, 'attachedWorkerSelectorsExpired'))
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
  if (s) {
    if (
      !$onlyKeys(v, [
        'jobId',
        'channelReference',
        'channelId',
        'queueId',
        'labels',
        'tags',
        'requestedWorkerSelectorsExpired',
        'attachedWorkerSelectorsExpired',
      ])
    )
      return false;
  }
  return true;
}

function $checkAcsRouterJobWorkerSelectorsExpiredEventData(
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
    $checkStringProperty(e, p, 'queueId' in r15 && v, 'queueId', v['queueId']);
    const v16 = v['requestedWorkerSelectorsExpired'];
    if ($has(e, p, 'requestedWorkerSelectorsExpired' in r15 && v, 'requestedWorkerSelectorsExpired', v16)) {
      if (!Array.isArray(v16) && v16 !== null) {
        $fail(
          e,
          p + '/requestedWorkerSelectorsExpired',
          'must be an array or null',
          'array | null',
          $type(v16),
        );
      } else {
        if (Array.isArray(v16)) {
          const a17 = v16 as unknown[];
          for (let i18 = 0; i18 < a17.length; i18++) {
            const v19 = a17[i18];
            $checkRouterWorkerSelector(v19, p + '/requestedWorkerSelectorsExpired/' + i18, e, s);
          }
        }
      }
    }
    const v22 = v['attachedWorkerSelectorsExpired'];
    if ($has(e, p, 'attachedWorkerSelectorsExpired' in r15 && v, 'attachedWorkerSelectorsExpired', v22)) {
      if (!Array.isArray(v22) && v22 !== null) {
        $fail(
          e,
          p + '/attachedWorkerSelectorsExpired',
          'must be an array or null',
          'array | null',
          $type(v22),
        );
      } else {
        if (Array.isArray(v22)) {
          const a23 = v22 as unknown[];
          for (let i24 = 0; i24 < a23.length; i24++) {
            const v25 = a23[i24];
            $checkRouterWorkerSelector(v25, p + '/attachedWorkerSelectorsExpired/' + i24, e, s);
          }
        }
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
        'requestedWorkerSelectorsExpired',
        'attachedWorkerSelectorsExpired',
      ]);
    }
  }
}
