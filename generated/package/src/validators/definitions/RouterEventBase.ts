// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterEventBase } from '../../types.js';
import {
  $own,
  $has,
  $isObject,
  $checkObject,
  $onlyKeys,
  $extraKeys,
  $type,
  $errors,
  $fail,
  $caught,
  $reported,
  $isStringProperty,
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
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterEventBase(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as RouterEventBase }
    : { ok: false, errors: $reported(errors) };
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
  if (!$isStringProperty(v, 'jobId', v['jobId'])) return false;
  const v1 = v['channelReference'];
  if ($own(v, 'channelReference', v1)) {
    if (typeof v1 !== 'string' && v1 !== null) return false;
  }
  if (!$isStringProperty(v, 'channelId', v['channelId'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId'])) return false;
  }
  return true;
}

function $checkRouterEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'jobId', v['jobId']);
    const v1 = v['channelReference'];
    if ($has(e, p, v, 'channelReference', v1)) {
      if (typeof v1 !== 'string' && v1 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v1));
      }
    }
    $checkStringProperty(e, p, v, 'channelId', v['channelId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId']);
    }
  }
}

export { $isRouterEventBase, $checkRouterEventBase };
