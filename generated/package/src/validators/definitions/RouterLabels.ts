// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterLabels } from '../../types.js';
import {
  $hasOwn,
  $isObject,
  $checkObject,
  $type,
  $esc,
  $fail,
  $validate,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from '../../support/validation.js';

/**
 * Validates a RouterLabels, reporting every error.
 *
 * Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings).
 */
export function validateRouterLabels(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterLabels> {
  return $validate<RouterLabels>($isRouterLabels, $checkRouterLabels, value, options);
}

/**
 * Whether a value is a valid RouterLabels.
 *
 * Labels or tags of a Job Router job, worker or queue: a map from a key to a scalar value. The docs type them Dictionary<string, object> and the Job Router API accepts string, number and boolean values; the REST API spec narrows the values to strings (every docs sample shows strings).
 */
export function isRouterLabels(value: unknown): value is RouterLabels {
  try {
    return $isRouterLabels(value, false);
  } catch {
    return false;
  }
}

function $isRouterLabels(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  for (const k2 in v) {
    if (!$hasOwn.call(v, k2)) continue;
    const v3 = v[k2];
    if (!($isRouterLabels$1(v3, s) || $isRouterLabels$2(v3, s) || $isRouterLabels$3(v3, s))) return false;
  }
  return true;
}

function $checkRouterLabels(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    for (const k2 in v) {
      if (!$hasOwn.call(v, k2)) continue;
      const v3 = v[k2];
      if (!($isRouterLabels$1(v3, s) || $isRouterLabels$2(v3, s) || $isRouterLabels$3(v3, s))) {
        $fail(
          e,
          p + '/' + $esc(k2),
          'must match at least one alternative (anyOf)',
          'string | number | boolean',
          $type(v3),
        );
        if (typeof v3 === 'string') $checkRouterLabels$1(v3, p + '/' + $esc(k2), e, s);
        if (typeof v3 === 'number' && Number.isFinite(v3)) $checkRouterLabels$2(v3, p + '/' + $esc(k2), e, s);
        if (typeof v3 === 'boolean') $checkRouterLabels$3(v3, p + '/' + $esc(k2), e, s);
      }
    }
  }
}

function $isRouterLabels$1(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'string') return false;
  return true;
}

function $checkRouterLabels$1(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'string') {
    $fail(e, p, 'must be a string', 'string', $type(v));
  }
}

function $isRouterLabels$2(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  return true;
}

function $checkRouterLabels$2(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    $fail(e, p, 'must be a number', 'number', $type(v));
  }
}

function $isRouterLabels$3(v: unknown, _s: boolean): boolean {
  if (typeof v !== 'boolean') return false;
  return true;
}

function $checkRouterLabels$3(v: unknown, p: string, e: ValidationError[], _s: boolean): void {
  if (typeof v !== 'boolean') {
    $fail(e, p, 'must be a boolean', 'boolean', $type(v));
  }
}

export { $isRouterLabels, $checkRouterLabels };
