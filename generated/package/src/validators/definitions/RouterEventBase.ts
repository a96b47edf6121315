// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterEventBase } from '../../types.js';
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
 * Validates a RouterEventBase, reporting every error.
 *
 * What every Job Router job and offer event carries: the job and its channel.
 */
export function validateRouterEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterEventBase> {
  return $validate<RouterEventBase>($isRouterEventBase, $checkRouterEventBase, value, options);
}

/**
 * Whether a value is a valid RouterEventBase.
 *
 * What every Job Router job and offer event carries: the job and its channel.
 */
export function isRouterEventBase(value: unknown): value is RouterEventBase {
  try {
    return $isRouterEventBase(value, false);
  } catch {
    return false;
  }
}

function $isRouterEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['jobId'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('jobId' in r1 && !$hasOwn.call(v, 'jobId'))) return false;
  const v3 = v['channelReference'];
  if (v3 !== undefined && (!('channelReference' in r1) || $hasOwn.call(v, 'channelReference'))) {
    if (typeof v3 !== 'string' && v3 !== null) return false;
  }
  const v4 = v['channelId'];
  if (typeof v4 !== 'string' || ('channelId' in r1 && !$hasOwn.call(v, 'channelId'))) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId'])) return false;
  }
  return true;
}

function $checkRouterEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'jobId' in r1 && v, 'jobId', v['jobId']);
    const v2 = v['channelReference'];
    if ($has(e, p, 'channelReference' in r1 && v, 'channelReference', v2)) {
      if (typeof v2 !== 'string' && v2 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v2));
      }
    }
    $checkStringProperty(e, p, 'channelId' in r1 && v, 'channelId', v['channelId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId']);
    }
  }
}

export { $isRouterEventBase, $checkRouterEventBase };
