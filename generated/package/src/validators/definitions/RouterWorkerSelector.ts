// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterWorkerSelector } from '../../types.js';
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
  $checkNumberProperty,
  $checkDateTimeProperty,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a RouterWorkerSelector, reporting every error.
 *
 * A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`).
 */
export function validateRouterWorkerSelector(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterWorkerSelector> {
  return $validate<RouterWorkerSelector>($isRouterWorkerSelector, $checkRouterWorkerSelector, value, options);
}

/**
 * Whether a value is a valid RouterWorkerSelector.
 *
 * A condition a worker must meet to be offered a job: the worker label `key` compared with `value` by `labelOperator`, optionally limited in time (`ttlSeconds`, `expirationTime`).
 */
export function isRouterWorkerSelector(value: unknown): value is RouterWorkerSelector {
  try {
    return $isRouterWorkerSelector(value, false);
  } catch {
    return false;
  }
}

function $isRouterWorkerSelector(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  const v2 = v['key'];
  const r1: object = Object.getPrototypeOf(v) || Object.prototype;
  if (typeof v2 !== 'string' || ('key' in r1 && !$hasOwn.call(v, 'key'))) return false;
  const v3 = v['labelOperator'];
  if (v3 === undefined || ('labelOperator' in r1 && !$hasOwn.call(v, 'labelOperator'))) return false;
  if (typeof v3 !== 'string') return false;
  const v6 = v['value'];
  if (v6 !== undefined && (!('value' in r1) || $hasOwn.call(v, 'value'))) {
    if (!(
      $isRouterWorkerSelector$6(v6, s) ||
      $isRouterWorkerSelector$7(v6, s) ||
      $isRouterWorkerSelector$8(v6, s)
    ))
      return false;
  }
  const v9 = v['ttlSeconds'];
  if (
    (typeof v9 !== 'number' || !Number.isFinite(v9)) &&
    v9 !== undefined &&
    (!('ttlSeconds' in r1) || $hasOwn.call(v, 'ttlSeconds'))
  )
    return false;
  const v10 = v['state'];
  if (v10 !== undefined && (!('state' in r1) || $hasOwn.call(v, 'state'))) {
    if (typeof v10 !== 'string') return false;
  }
  const v13 = v['expirationTime'];
  if (
    typeof v13 !== 'string' &&
    v13 !== undefined &&
    (!('expirationTime' in r1) || $hasOwn.call(v, 'expirationTime'))
  )
    return false;
  if (
    typeof v13 === 'string' &&
    !$dateTime(v13) &&
    (!('expirationTime' in r1) || $hasOwn.call(v, 'expirationTime'))
  )
    return false;
  if (s) {
    if (!$onlyKeys(v, ['key', 'labelOperator', 'value', 'ttlSeconds', 'state', 'expirationTime']))
      return false;
  }
  return true;
}

function $checkRouterWorkerSelector(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    const r1: object = Object.getPrototypeOf(v) || Object.prototype;
    $checkStringProperty(e, p, 'key' in r1 && v, 'key', v['key']);
    const v2 = v['labelOperator'];
    if (
      $has(
        e,
        p,
        'labelOperator' in r1 && v,
        'labelOperator',
        v2,
        '"Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
      )
    ) {
      if (typeof v2 !== 'string') {
        $fail(
          e,
          p + '/labelOperator',
          'must be one of "Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
          '"Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
          $show(v2),
        );
      }
    }
    const v5 = v['value'];
    if ($has(e, p, 'value' in r1 && v, 'value', v5)) {
      if (!(
        $isRouterWorkerSelector$6(v5, s) ||
        $isRouterWorkerSelector$7(v5, s) ||
        $isRouterWorkerSelector$8(v5, s)
      )) {
        $fail(
          e,
          p + '/value',
          'must match at least one alternative (anyOf)',
          'string | number | boolean',
          $type(v5),
        );
        if (typeof v5 === 'string') $checkRouterWorkerSelector$6(v5, p + '/value', e, s);
        if (typeof v5 === 'number' && Number.isFinite(v5))
          $checkRouterWorkerSelector$7(v5, p + '/value', e, s);
        if (typeof v5 === 'boolean') $checkRouterWorkerSelector$8(v5, p + '/value', e, s);
      }
    }
    $checkNumberProperty(e, p, 'ttlSeconds' in r1 && v, 'ttlSeconds', v['ttlSeconds'], true);
    const v8 = v['state'];
    if ($has(e, p, 'state' in r1 && v, 'state', v8)) {
      if (typeof v8 !== 'string') {
        $fail(
          e,
          p + '/state',
          'must be one of "active" | "expired" | string',
          '"active" | "expired" | string',
          $show(v8),
        );
      }
    }
    $checkDateTimeProperty(e, p, 'expirationTime' in r1 && v, 'expirationTime', v['expirationTime'], true);
    if (s) {
      $extraKeys(e, p, v, ['key', 'labelOperator', 'value', 'ttlSeconds', 'state', 'expirationTime']);
    }
  }
}

function $isRouterWorkerSelector$6(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'string') return false;
  return true;
}

function $checkRouterWorkerSelector$6(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'string') {
    $fail(e, p, 'must be a string', 'string', $type(v));
  }
}

function $isRouterWorkerSelector$7(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  return true;
}

function $checkRouterWorkerSelector$7(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    $fail(e, p, 'must be a number', 'number', $type(v));
  }
}

function $isRouterWorkerSelector$8(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'boolean') return false;
  return true;
}

function $checkRouterWorkerSelector$8(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'boolean') {
    $fail(e, p, 'must be a boolean', 'boolean', $type(v));
  }
}

export { $isRouterWorkerSelector, $checkRouterWorkerSelector };
