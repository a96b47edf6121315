// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterJobEventBase } from '../../types.js';
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
import { $isRouterLabels, $checkRouterLabels } from './RouterLabels.js';

/**
 * Validates a RouterJobEventBase, reporting every error.
 *
 * What every RouterJob* event carries: the job, its channel and queue, labels and tags.
 */
export function validateRouterJobEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterJobEventBase> {
  return $validate<RouterJobEventBase>($isRouterJobEventBase, $checkRouterJobEventBase, value, options);
}

/**
 * Whether a value is a valid RouterJobEventBase.
 *
 * What every RouterJob* event carries: the job, its channel and queue, labels and tags.
 */
export function isRouterJobEventBase(value: unknown): value is RouterJobEventBase {
  try {
    return $isRouterJobEventBase(value, false);
  } catch {
    return false;
  }
}

function $isRouterJobEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v4 = v['jobId'];
  const r3: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v4 !== 'string' || ('jobId' in r3 && !$hasOwn.call(v, 'jobId'))) return false;
  const v5 = v['channelReference'];
  if (v5 !== undefined && (!('channelReference' in r3) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v5 !== 'string' && v5 !== null) return false;
  }
  const v6 = v['channelId'];
  if (typeof v6 !== 'string' || ('channelId' in r3 && !$hasOwn.call(v, 'channelId'))) return false;
  const v8 = v['queueId'];
  const r7: object = Object.getPrototypeOf(v) || Object.prototype;
  if (v8 !== undefined && (!('queueId' in r7) || $hasOwn.call(v, 'queueId'))) {
    if (typeof v8 !== 'string' && v8 !== null) return false;
  }
  const v9 = v['labels'];
  if (v9 === undefined || ('labels' in r7 && !$hasOwn.call(v, 'labels'))) return false;
  if (!$isRouterLabels(v9, s)) return false;
  const v12 = v['tags'];
  if (v12 === undefined || ('tags' in r7 && !$hasOwn.call(v, 'tags'))) return false;
  if (!$isRouterLabels(v12, s)) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'queueId', 'labels', 'tags'])) return false;
  }
  return true;
}

function $checkRouterJobEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r3: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r3 && v, 'jobId', v['jobId']);
    const v4 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r3 && v, 'channelReference', v4)) {
      if (typeof v4 !== 'string' && v4 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v4));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r3 && v, 'channelId', v['channelId']);
    const r5: object = Object.getPrototypeOf(v) || Object.prototype;
    const v6 = v['queueId'];
    if ($has(e, p, 'queueId' in r5 && v, 'queueId', v6)) {
      if (typeof v6 !== 'string' && v6 !== null) {
        $fail(e, p + '/queueId', 'must be a string or null', 'string | null', $type(v6));
      }
    }
    const v7 = v['labels'];
    if ($has(e, p, 'labels' in r5 && v, 'labels', v7, 'RouterLabels')) {
      $checkRouterLabels(v7, p + '/labels', e, s);
    }
    const v10 = v['tags'];
    if ($has(e, p, 'tags' in r5 && v, 'tags', v10, 'RouterLabels')) {
      $checkRouterLabels(v10, p + '/tags', e, s);
    }
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'queueId', 'labels', 'tags']);
    }
  }
}

export { $isRouterJobEventBase, $checkRouterJobEventBase };
