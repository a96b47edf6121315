// DO NOT EDIT: generated from catalog/ by `npm run generate`; edit the catalog and regenerate.
import type { RouterWorkerEventBase } from '../../types.js';
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
 * Validates a RouterWorkerEventBase, reporting every error.
 *
 * What every RouterWorkerOffer* event carries: the job, its channel and the worker.
 */
export function validateRouterWorkerEventBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<RouterWorkerEventBase> {
  const errors = $errors(options?.maxErrors);
  try {
    $checkRouterWorkerEventBase(value, '', errors, options?.strict === true);
  } catch (thrown) {
    $caught(errors, thrown);
  }
  return errors.length === 0
    ? { ok: true, value: value as RouterWorkerEventBase }
    : { ok: false, errors: $reported(errors) };
}

/**
 * Whether a value is a valid RouterWorkerEventBase.
 *
 * What every RouterWorkerOffer* event carries: the job, its channel and the worker.
 */
export function isRouterWorkerEventBase(value: unknown): value is RouterWorkerEventBase {
  try {
    return $isRouterWorkerEventBase(value, false);
  } catch {
    return false;
  }
}

function $isRouterWorkerEventBase(v: unknown, s: boolean): boolean {
  if (!$isObject(v)) return false;
  if (!$isStringProperty(v, 'jobId', v['jobId'])) return false;
  const v2 = v['channelReference'];
  if ($own(v, 'channelReference', v2)) {
    if (typeof v2 !== 'string' && v2 !== null) return false;
  }
  if (!$isStringProperty(v, 'channelId', v['channelId'])) return false;
  if (!$isStringProperty(v, 'workerId', v['workerId'])) return false;
  if (s) {
    if (!$onlyKeys(v, ['jobId', 'channelReference', 'channelId', 'workerId'])) return false;
  }
  return true;
}

function $checkRouterWorkerEventBase(v: unknown, p: string, e: ValidationError[], s: boolean): void {
  if ($checkObject(e, p, v)) {
    $checkStringProperty(e, p, v, 'jobId', v['jobId']);
    const v2 = v['channelReference'];
    if ($has(e, p, v, 'channelReference', v2)) {
      if (typeof v2 !== 'string' && v2 !== null) {
        $fail(e, p + '/channelReference', 'must be a string or null', 'string | null', $type(v2));
      }
    }
    $checkStringProperty(e, p, v, 'channelId', v['channelId']);
    $checkStringProperty(e, p, v, 'workerId', v['workerId']);
    if (s) {
      $extraKeys(e, p, v, ['jobId', 'channelReference', 'channelId', 'workerId']);
    }
  }
}

export { $isRouterWorkerEventBase, $checkRouterWorkerEventBase };
