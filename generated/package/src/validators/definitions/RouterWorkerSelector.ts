// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterWorkerSelector } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $show,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
  $checkStringProperty,
  $isNumberProperty,
  $checkNumberProperty,
  $isDateTimeProperty,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterWorkerSelector(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as RouterWorkerSelector }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'key', v['key'])) return false;
  const v1 = v['labelOperator'];
  if (!$own(v, 'labelOperator', v1)) return false;
  if (typeof v1 !== 'string') return false;
  const v3 = v['value'];
  if ($own(v, 'value', v3)) {
    if (!(
      $isRouterWorkerSelector$6(v3, s) ||
      $isRouterWorkerSelector$7(v3, s) ||
      $isRouterWorkerSelector$8(v3, s)
    ))
      return false;
  }
  if (!$isNumberProperty(v, 'ttlSeconds', v['ttlSeconds'], true)) return false;
  const v5 = v['state'];
  if ($own(v, 'state', v5)) {
    if (typeof v5 !== 'string') return false;
  }
  if (!$isDateTimeProperty(v, 'expirationTime', v['expirationTime'], true)) return false;
  if (s) {
    if (!$onlyKeys(v, ['key', 'labelOperator', 'value', 'ttlSeconds', 'state', 'expirationTime']))
      return false;
  }
  return true;
}

function $checkRouterWorkerSelector(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'key', v['key']);
    const v1 = v['labelOperator'];
    if (
      $has(
        e,
        p,
        v,
        'labelOperator',
        v1,
        '"Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
      )
    ) {
      if (typeof v1 !== 'string') {
        $fail(
          e,
          p + '/labelOperator',
          'must be one of "Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
          '"Equal" | "NotEqual" | "Greater" | "Less" | "GreaterThanOrEqual" | "LessThanOrEqual" | string',
          $show(v1),
        );
      }
    }
    const v3 = v['value'];
    if ($has(e, p, v, 'value', v3)) {
      if (!(
        $isRouterWorkerSelector$6(v3, s) ||
        $isRouterWorkerSelector$7(v3, s) ||
        $isRouterWorkerSelector$8(v3, s)
      )) {
        $fail(
          e,
          p + '/value',
          'must match at least one alternative (anyOf)',
          'string | number | boolean',
          $type(v3),
        );
        if (typeof v3 === 'string') $checkRouterWorkerSelector$6(v3, p + '/value', e, s);
        if (typeof v3 === 'number' && Number.isFinite(v3))
          $checkRouterWorkerSelector$7(v3, p + '/value', e, s);
        if (typeof v3 === 'boolean') $checkRouterWorkerSelector$8(v3, p + '/value', e, s);
      }
    }
    $checkNumberProperty(e, p, v, 'ttlSeconds', v['ttlSeconds'], true);
    const v5 = v['state'];
    if ($has(e, p, v, 'state', v5)) {
      if (typeof v5 !== 'string') {
        $fail(
          e,
          p + '/state',
          'must be one of "active" | "expired" | string',
          '"active" | "expired" | string',
          $show(v5),
        );
      }
    }
    $checkDateTimeProperty(e, p, v, 'expirationTime', v['expirationTime'], true);
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
